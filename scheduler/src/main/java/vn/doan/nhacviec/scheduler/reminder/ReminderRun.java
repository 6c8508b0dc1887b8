package vn.doan.nhacviec.scheduler.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.alert.UndeliveredRepository;

/**
 * One pass of the reminder engine at an instant: finds what is due to be reminded (and escalated),
 * aggregates it per chat and stores the messages in the outbox. Every decision is made from the
 * database and {@code now}, never from when or how often it is called, so calling it again, late,
 * or from two instances sends nothing twice and, after downtime, each item's latest due stage
 * once. The Quartz job calls it with the application clock; tests call it with any instant.
 */
@Service
public class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final DueItemFinder finder;
    private final ChatReminderPlanner planner;
    private final ChatReminderWriter writer;
    // The Quartz job and a demo time jump may call at once; one after the other, the second finds less to do.
    private final ReentrantLock lock = new ReentrantLock();

    private final UndeliveredRepository undelivered;
    private final ReminderTexts texts;

    public ReminderRun(DueItemFinder finder, ChatReminderPlanner planner, ChatReminderWriter writer, UndeliveredRepository undelivered,
                       ReminderTexts texts) {
        this.finder = finder;
        this.planner = planner;
        this.writer = writer;
        this.undelivered = undelivered;
        this.texts = texts;
    }

    public RunSummary runAt(Instant now) {
        lock.lock();
        try {
            DueItemFinder.Scan scan = finder.scan(now);
            List<DueItem> due = scan.due();
            if (due.isEmpty()) {
                return RunSummary.NOTHING;
            }
            Deliveries deliveries = planner.plan(due);
            recordUnheardEscalations(deliveries, now);
            RunSummary summary = writer.write(deliveries, now, UUID.randomUUID().toString(), scan.nextOnceSent());
            log.info("Reminder run at {}: {} items due, {} taken, {} messages, {} without a chat", now, summary.due(),
                    summary.taken(), summary.messages(), summary.unreachable());
            return summary;
        } finally {
            lock.unlock();
        }
    }

    /** An escalation nobody above the unit can receive is counted and listable, once per item and stage. */
    private void recordUnheardEscalations(Deliveries deliveries, Instant now) {
        for (DueItem item : deliveries.unreachable()) {
            if (item.stage().escalates()) {
                String text = texts.escalation("vi", List.of(new LateUnit(item.unit(), List.of(item))), 1, 1, now).text();
                undelivered.record(item.unit().id(), AlertKind.ESCALATION, text, "esc:" + item.key(), now);
            }
        }
    }
}
