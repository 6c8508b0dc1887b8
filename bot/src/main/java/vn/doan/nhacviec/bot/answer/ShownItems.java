package vn.doan.nhacviec.bot.answer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.NumberedMessages.Numbered;

/** The items a message in the chat is about: those it numbers, or the one whose answers it offers. */
@Component
class ShownItems {

    private final NumberedMessages numbered;
    private final MessageItemRepository messageItems;
    private final Clock clock;

    ShownItems(NumberedMessages numbered, MessageItemRepository messageItems, Clock clock) {
        this.numbered = numbered;
        this.messageItems = messageItems;
        this.clock = clock;
    }

    /** A message and the items it is about. */
    record Shown(Long outboxId, List<Long> items) {
        static final Shown NOTHING = new Shown(null, List.of());
    }

    /** The items of the message answered (by a reply), else of the latest message that showed numbers. */
    Shown answered(Caller caller, Long answeredMessage) {
        long chatId = caller.chat().id();
        Optional<Numbered> message = Optional.ofNullable(answeredMessage).flatMap(id -> numbered.find(chatId, id))
                .or(() -> numbered.latest(chatId, clock.millis() - NumberedMessages.REMEMBERED_FOR.toMillis()));
        return message.map(m -> new Shown(m.outboxId(), items(m))).orElse(Shown.NOTHING);
    }

    List<Long> items(Numbered message) {
        if (message.numbers() == NumberedMessages.Numbers.ITEMS) {
            return messageItems.items(message.outboxId());
        }
        return message.message().numberedOptions().stream()
                .map(option -> AnswerChoices.itemOf(option.data()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
