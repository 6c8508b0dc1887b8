package vn.doan.nhacviec.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.DeliveryFailedEvent;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/**
 * A reply the platform refused for good (or that failed every retry) is logged, without its text
 * (it may hold an invite code or someone's data), and the person is told once that something went
 * wrong: at most once an hour per chat, and never about the failure of that notice itself.
 */
@Component
class FailedReplyNotice {

    static final String DEDUP_PREFIX = "reply-failed:";
    private static final Logger log = LoggerFactory.getLogger(FailedReplyNotice.class);

    private final OutboxRepository rows;
    private final Outbox outbox;
    private final ChatRepository chats;
    private final Messages messages;
    private final Clock clock;

    FailedReplyNotice(OutboxRepository rows, Outbox outbox, ChatRepository chats, Messages messages, Clock clock) {
        this.rows = rows;
        this.outbox = outbox;
        this.chats = chats;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    public void on(DeliveryFailedEvent failed) {
        if (failed.kind() != MessageKind.REPLY) {
            return;
        }
        try {
            log.warn("A reply to chat {} (outbox row {}) was given up: {}", failed.chatId(), failed.outboxId(), failed.error());
            boolean itselfANotice = rows.find(failed.outboxId()).map(OutboxEntry::dedupKey)
                    .filter(key -> key.startsWith(DEDUP_PREFIX)).isPresent();
            if (itselfANotice) {
                return;
            }
            chats.findById(failed.chatId()).filter(Chat::active).ifPresent(this::tell);
        } catch (RuntimeException e) {
            // called from a sender thread of the outbox: a failure here must not stop the sending
            log.warn("Could not tell chat {} that a reply failed: {}", failed.chatId(), e.toString());
        }
    }

    private void tell(Chat chat) {
        String text = messages.get(Messages.locale(chat.language(), chat), "error.replyFailed");
        long hour = clock.millis() / Duration.ofHours(1).toMillis();
        outbox.enqueue(chat.id(), MessageKind.REPLY, OutgoingMessage.text(text), DEDUP_PREFIX + chat.id() + ":" + hour,
                MessageKind.REPLY.defaultPriority(), clock.instant());
    }
}
