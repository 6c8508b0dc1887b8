package vn.doan.nhacviec.bot.reminder;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.reminder.DueItem;
import vn.doan.nhacviec.scheduler.reminder.Stage;

/** Sends a chat the reminder the reminder run would write for some items (the real texts), and records its items. */
public final class ReminderFixtures {

    private final ApplicationContext context;

    public ReminderFixtures(ApplicationContext context) {
        this.context = context;
    }

    /** @return the reminder's outbox id */
    public long remind(Chat chat, Unit unit, List<Occurrence> items) {
        ObligationRepository obligations = context.getBean(ObligationRepository.class);
        List<DueItem> due = items.stream()
                .map(o -> new DueItem(o, obligations.findById(o.obligationId()).orElseThrow(), unit,
                        new Stage("D-3", Stage.Kind.BEFORE, o.lastDay().minusDays(3))))
                .toList();
        OutgoingMessage message = context.getBean(BotReminderTexts.class).reminder(chat.language(), due, 1, 1,
                context.getBean(Clock.class).instant());
        long id = context.getBean(Outbox.class).send(chat.id(), MessageKind.REMINDER, message);
        context.getBean(MessageItemRepository.class).record(id, items.stream().map(Occurrence::id).toList());
        return id;
    }
}
