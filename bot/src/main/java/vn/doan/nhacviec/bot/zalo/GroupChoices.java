package vn.doan.nhacviec.bot.zalo;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.OfferedChoices;

/**
 * Whether a bare number written in a Zalo group can be an answer: the bot offered numbered choices
 * in that group within the time the conversation remembers them. Without this, every "2" said
 * between members would draw a "no such choice".
 */
@Component
@ConditionalOnZalo
class GroupChoices {

    /** As long as the conversation maps numbers to choices. */
    static final Duration OPEN_FOR = Duration.ofDays(3);

    private final ChatRepository chats;
    private final OfferedChoices offered;
    private final Clock clock;

    GroupChoices(ChatRepository chats, OfferedChoices offered, Clock clock) {
        this.chats = chats;
        this.offered = offered;
        this.clock = clock;
    }

    boolean openIn(String groupChatRef) {
        return chats.find(ZaloInboundMapper.CHANNEL, groupChatRef)
                .flatMap(chat -> offered.latest(chat.id(), clock.millis() - OPEN_FOR.toMillis()))
                .isPresent();
    }
}
