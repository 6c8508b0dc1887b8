package vn.doan.nhacviec.bot.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.staff.StaffProperties;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.postpone.PostponeRequestRepository;
import vn.doan.nhacviec.data.report.ComplianceRepository;
import vn.doan.nhacviec.data.report.DigestLog;
import vn.doan.nhacviec.data.report.StaffDirectory;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.scheduler.reminder.SendingCalendar;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Sends each staff member the week's digest once. The week runs from the configured sending time
 * ({@code nhacviec.staff.digest.day} and {@code .time}, local time of the person's highest unit;
 * Monday 07:30 by default) to the next; {@link #runAt} sends the digests of the week {@code now}
 * falls in that are not sent yet, so it may be called as often as one likes, and a digest missed
 * while the bot was down goes out when it comes back, inside the recipient's sending window. Someone
 * who became staff after this week's sending time gets the digest from next week on: joining sends
 * nothing. A digest is recorded in {@code staff_digest} in the same transaction as its messages are
 * queued (dedup key {@code digest:<person>:<chat>:<week>}), so two instances never both send it.
 */
@Service
public class WeeklyDigest {

    static final ZoneId ZONE = VietnamTime.ZONE;
    static final int TOP_UNITS = 5;

    private final StaffDirectory staff;
    private final DigestLog log;
    private final ComplianceRepository figures;
    private final UnitRepository units;
    private final PersonRepository people;
    private final Messages messages;
    private final Outbox outbox;
    private final StaffProperties properties;
    private final TransactionOperations transactions;
    private final SendingCalendar calendar;
    private final PostponeRequestRepository postponements;

    WeeklyDigest(StaffDirectory staff, DigestLog log, ComplianceRepository figures, UnitRepository units, PersonRepository people,
                 Messages messages, Outbox outbox, StaffProperties properties, TransactionOperations transactions,
                 ReminderSettings reminders, PostponeRequestRepository postponements) {
        this.staff = staff;
        this.log = log;
        this.figures = figures;
        this.units = units;
        this.people = people;
        this.messages = messages;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.calendar = reminders == null ? ReminderSettings.defaults().calendar() : reminders.calendar();
        this.postponements = postponements;
    }

    /** The day, in Vietnam time, of the latest sending time at or before {@code now}: the week's key. */
    LocalDate weekOf(Instant now) {
        return weekOf(now, ZONE);
    }

    /** The local day in {@code zone} of the latest sending time at or before {@code now}: the week's key. */
    LocalDate weekOf(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate day = local.toLocalDate().with(TemporalAdjusters.previousOrSame(properties.digest().day()));
        return day.atTime(properties.digest().time()).isAfter(local) ? day.minusWeeks(1) : day;
    }

    /** Sends the digests of the week of {@code now} not sent yet; returns to how many people. */
    public int runAt(Instant now) {
        if (!properties.digest().enabled()) {
            return 0;
        }
        Map<LocalDate, Set<Long>> doneByWeek = new HashMap<>();
        Map<Long, List<RoleAssignment>> staffRoles = new LinkedHashMap<>();
        for (RoleAssignment assignment : staff.staffAssignments()) {
            staffRoles.computeIfAbsent(assignment.personId(), p -> new ArrayList<>()).add(assignment);
        }
        int sent = 0;
        for (var entry : staffRoles.entrySet()) {
            long personId = entry.getKey();
            List<Unit> roots = roots(entry.getValue().stream().map(RoleAssignment::unitId).toList());
            if (roots.isEmpty()) {
                continue;
            }
            ZoneId zone = roots.get(0).zone();
            LocalDate week = weekOf(now, zone);
            Instant weekStart = week.atTime(properties.digest().time()).atZone(zone).toInstant();
            Instant staffSince = entry.getValue().stream().map(RoleAssignment::grantedAt).min(Comparator.naturalOrder()).orElse(now);
            if (staffSince.isAfter(weekStart) || doneByWeek.computeIfAbsent(week, log::sentFor).contains(personId)) {
                continue;
            }
            List<Chat> chats = staff.privateChats(personId);
            Optional<Person> person = people.findById(personId);
            if (chats.isEmpty() || person.isEmpty()) {
                continue;
            }
            List<Section> sections = roots.stream().map(root -> section(root, now)).toList();
            long pending = roots.stream().mapToLong(root -> postponements.countPendingInSubtree(root.path())).sum();
            String text = text(Messages.locale(person.get().language()), week, sections, pending);
            Instant notBefore = calendar.nextOpening(now, zone);
            List<NewOutboxMessage> messagesToSend = chats.stream().map(chat -> new NewOutboxMessage(chat.id(), MessageKind.SYSTEM,
                    OutgoingMessage.text(text), "digest:" + personId + ":" + chat.id() + ":" + week, MessageKind.SYSTEM.defaultPriority(),
                    notBefore))
                    .toList();
            long overdue = sections.stream().mapToLong(Section::overdue).sum();
            Boolean recorded = transactions.execute(status -> {
                if (!log.record(personId, week, now, overdue)) {
                    return false;
                }
                outbox.enqueueAll(messagesToSend);
                return true;
            });
            if (Boolean.TRUE.equals(recorded)) {
                sent++;
            }
        }
        return sent;
    }

    /** What is overdue in one subtree now, and a week before. */
    record Section(Unit root, long overdue, long overdueUnits, long weekBefore, long newThisWeek, Map<Unit, Long> worst) {

        /** Overdue a week ago and no longer overdue: done late, excused or closed as missed. */
        long closedThisWeek() {
            return weekBefore - (overdue - newThisWeek);
        }
    }

    private Section section(Unit root, Instant now) {
        Instant weekBefore = now.minus(Duration.ofDays(7));
        Map<Long, Long> worstIds = figures.mostOverdueUnits(root.path(), now, TOP_UNITS);
        Map<Unit, Long> worst = new LinkedHashMap<>();
        List<Unit> found = units.findByIds(worstIds.keySet());
        worstIds.forEach((id, count) -> found.stream().filter(u -> u.id() == id).findFirst().ifPresent(u -> worst.put(u, count)));
        return new Section(root, figures.overdueCountAt(root.path(), now), figures.overdueUnitCountAt(root.path(), now),
                figures.overdueCountAt(root.path(), weekBefore), figures.overdueCountAtDueAfter(root.path(), now, weekBefore), worst);
    }

    private String text(Locale locale, LocalDate week, List<Section> sections, long pendingPostponements) {
        StringBuilder text = new StringBuilder(messages.get(locale, "digest.header", week.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        for (Section section : sections) {
            text.append("\n\n");
            if (section.overdue() == 0) {
                text.append(messages.get(locale, "digest.none", section.root().name(), section.weekBefore()));
                continue;
            }
            text.append(messages.get(locale, "digest.overdue", section.root().name(), section.overdue(), section.overdueUnits()));
            text.append('\n').append(messages.get(locale, "digest.change", section.weekBefore(), section.newThisWeek(),
                    section.closedThisWeek()));
            text.append('\n').append(messages.get(locale, "digest.worst"));
            section.worst().forEach((unit, count) ->
                    text.append('\n').append(messages.get(locale, "digest.worstLine", unit.name(), unit.code(), count)));
        }
        if (pendingPostponements > 0) {
            text.append("\n\n").append(messages.get(locale, "digest.pending", pendingPostponements));
        }
        text.append("\n\n").append(messages.get(locale, "digest.hint"));
        return text.toString();
    }

    /** The tops of the subtrees (none inside another), highest first. */
    private List<Unit> roots(List<Long> unitIds) {
        List<Unit> sorted = units.findByIds(unitIds).stream().filter(u -> !u.retired())
                .sorted(Comparator.comparingInt(Unit::depth).thenComparing(Unit::name)).toList();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : sorted) {
            if (roots.stream().noneMatch(unit::isInside)) {
                roots.add(unit);
            }
        }
        return roots;
    }
}
