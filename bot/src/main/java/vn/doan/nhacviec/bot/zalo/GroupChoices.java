package vn.doan.nhacviec.bot.zalo;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;

/**
 * Whether a bare number written in a Zalo group can be an answer: the bot showed numbers (items or
 * options) in that group within the time the conversation remembers them. Without this, every "2" said
 * between members would draw a "no such choice".
 */
@Component
@ConditionalOnZalo
class GroupChoices {

    private final ChatRepository chats;
    private final NumberedMessages numbered;
    private final Clock clock;

    GroupChoices(ChatRepository chats, NumberedMessages numbered, Clock clock) {
        this.chats = chats;
        this.numbered = numbered;
        this.clock = clock;
    }

    boolean openIn(String groupChatRef) {
        return chats.find(ZaloInboundMapper.CHANNEL, groupChatRef)
                .flatMap(chat -> numbered.latest(chat.id(), clock.millis() - NumberedMessages.REMEMBERED_FOR.toMillis()))
                .isPresent();
    }
}
