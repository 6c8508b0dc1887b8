package vn.doan.nhacviec.scheduler.alert;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.DeliveryFailedEvent;
import vn.doan.nhacviec.scheduler.reminder.ChatNames;

/**
 * When a reminder to a unit's chat is given up after every retry, the unit's superiors are told
 * (at most once a day per chat), so the unit is not left unreminded without anybody knowing. Other
 * messages (answers, notices to supervisors) are not: the person is there to see it, or it is
 * already a notice to the superiors.
 */
@Component
public class FailedDeliveryNotifier {

    private static final Logger log = LoggerFactory.getLogger(FailedDeliveryNotifier.class);

    private final FailedDeliveryTexts texts;
    private final ChatSuperiors superiors;

    public FailedDeliveryNotifier(SupervisorAlerts notices, FailedDeliveryTexts texts, ChatRepository chats, UnitRepository units,
                                  ChatNames names, Clock clock) {
        this.texts = texts;
        this.superiors = new ChatSuperiors(notices, chats, units, names, clock);
    }

    @EventListener
    public void on(DeliveryFailedEvent failed) {
        if (failed.kind() != MessageKind.REMINDER) {
            return;
        }
        try {
            notifySuperiors(failed.chatId());
        } catch (RuntimeException e) {
            // called from a sender thread of the outbox: a failure here must not stop the sending
            log.warn("Could not tell the superiors that delivery to chat {} failed: {}", failed.chatId(), e.getMessage(), e);
        }
    }

    void notifySuperiors(long chatId) {
        superiors.tell(chatId, "failed", (language, name, about) -> texts.deliveryFailed(language, new FailedDelivery(name, about)));
    }
}
