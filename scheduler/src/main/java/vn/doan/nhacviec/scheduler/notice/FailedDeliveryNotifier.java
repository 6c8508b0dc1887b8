package vn.doan.nhacviec.scheduler.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.unit.Unit;
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

    private final SupervisorNotices notices;
    private final FailedDeliveryTexts texts;
    private final ChatRepository chats;
    private final UnitRepository units;
    private final ChatNames names;
    private final Clock clock;

    public FailedDeliveryNotifier(SupervisorNotices notices, FailedDeliveryTexts texts, ChatRepository chats, UnitRepository units,
                                  ChatNames names, Clock clock) {
        this.notices = notices;
        this.texts = texts;
        this.chats = chats;
        this.units = units;
        this.names = names;
        this.clock = clock;
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
        Chat chat = chats.findById(chatId).orElse(null);
        if (chat == null) {
            return;
        }
        List<Unit> bound = units.findByIds(chats.unitsBoundTo(chatId));
        if (bound.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String name = names.nameOf(chat);
        notices.notify(bound, AlertKind.BLOCKED, null, (language, about) -> texts.deliveryFailed(language, new FailedDelivery(name, about)),
                "failed:" + chatId + ":" + LocalDate.ofInstant(now, bound.get(0).zone()), now);
    }
}
