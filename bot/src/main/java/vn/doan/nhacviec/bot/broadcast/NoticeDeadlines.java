package vn.doan.nhacviec.bot.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.alert.SupervisorAlerts;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/**
 * When a notice's response deadline has passed, sends its sender the units that have not
 * acknowledged (with the re-send answer), once per notice. {@link #runAt} is safe to call as often
 * as one likes and from several instances: a notice is claimed before its report is queued, and the
 * message carries the dedup key {@code notice-deadline:<notice>}. Called every minute by
 * {@code NoticeDeadlineSchedule} (see {@code nhacviec.staff.triggers.*}); a job scheduler can call it instead.
 */
@Service
public class NoticeDeadlines {

    private final NoticeRepository notices;
    private final NoticeTracking tracking;
    private final NoticeStatusView view;
    private final PersonRepository people;
    private final Messages messages;
    private final NoticeTimes times;
    private final Outbox outbox;
    private final TransactionOperations transactions;
    private final ChatRepository chats;
    private final SupervisorAlerts supervisors;
    private final UnitRepository units;

    NoticeDeadlines(NoticeRepository notices, NoticeTracking tracking, NoticeStatusView view, PersonRepository people, Messages messages,
                    NoticeTimes times, Outbox outbox, TransactionOperations transactions, ChatRepository chats,
                    SupervisorAlerts supervisors, UnitRepository units) {
        this.notices = notices;
        this.tracking = tracking;
        this.view = view;
        this.people = people;
        this.messages = messages;
        this.times = times;
        this.outbox = outbox;
        this.transactions = transactions;
        this.chats = chats;
        this.supervisors = supervisors;
        this.units = units;
    }

    /** Reports every notice whose deadline is at or before {@code now} and not reported yet; returns how many. */
    public int runAt(Instant now) {
        int reported = 0;
        for (Notice notice : notices.awaitingDeadlineReport(now)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> report(notice, now)))) {
                reported++;
            }
        }
        return reported;
    }

    /** Claims the notice's report and queues it, together; false if another run had claimed it. */
    private boolean report(Notice notice, Instant now) {
        if (!notices.markDeadlineReported(notice.id(), now)) {
            return false;
        }
        String language = people.findById(notice.senderId()).map(p -> p.language()).orElse("vi");
        Locale locale = chats.findById(notice.senderChatId()).map(chat -> Messages.locale(language, chat)).orElse(Messages.locale(language));
        NoticeProgress progress = tracking.progress(notice);
        String headline = messages.get(locale, "notice.deadline.headline", String.valueOf(notice.id()),
                times.format(locale, notice.respondBy()), progress.notYet().size(), progress.units().size());
        OutgoingMessage message = view.render(locale, progress, notices.lastRound(notice.id()) + 1, headline);
        outbox.enqueue(notice.senderChatId(), MessageKind.SYSTEM, message, "notice-deadline:" + notice.id(),
                MessageKind.SYSTEM.defaultPriority(), now);
        tellSupervisorsOfTheLate(notice, progress, now);
        return true;
    }

    /** The superiors of each unit that has not acknowledged hear which of theirs are late (the sender has the whole list). */
    private void tellSupervisorsOfTheLate(Notice notice, NoticeProgress progress, Instant now) {
        List<Unit> late = progress.notYet().stream().map(NoticeProgress.UnitProgress::unit).toList();
        if (late.isEmpty()) {
            return;
        }
        String sender = units.findById(notice.scopeUnitId()).map(Unit::name).orElse("");
        supervisors.notify(late, AlertKind.ESCALATION, notice.senderId(), (language, theirs) -> {
            Locale locale = Messages.locale(language);
            String names = theirs.stream().map(unit -> unit.name() + " [" + unit.code() + "]").collect(Collectors.joining(", "));
            return OutgoingMessage.text(messages.get(locale, "notice.deadline.supervisor", String.valueOf(notice.id()), sender,
                    times.format(locale, notice.respondBy()), names));
        }, "notice-late:" + notice.id(), now);
    }
}
