package vn.doan.nhacviec.scheduler.reminder;

import vn.doan.nhacviec.data.MutableClock;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.alert.SupervisorDirectory;
import vn.doan.nhacviec.data.alert.UndeliveredRepository;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanDefinition;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Source;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.postpone.PostponeRequestRepository;
import vn.doan.nhacviec.data.reminder.ReminderSentRepository;
import vn.doan.nhacviec.data.planning.OccurrenceCoverage;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusRecorded;
import vn.doan.nhacviec.data.status.StatusRecorder;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.alert.BlockedChatNotifier;
import vn.doan.nhacviec.scheduler.alert.FailedDeliveryNotifier;
import vn.doan.nhacviec.scheduler.alert.PostponeRequestNotifier;
import vn.doan.nhacviec.scheduler.alert.SupervisorAlerts;
import vn.doan.nhacviec.scheduler.outbox.ChatBlockedEvent;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.outbox.OutboxProperties;
import vn.doan.nhacviec.scheduler.outbox.Sleeper;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.planning.PlanningProperties;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The reminder engine over a real SQLite database in a temporary directory, assembled by hand as
 * Spring would, with a clock the test moves. The dispatcher is not started: what the engine sends
 * is read back from the outbox.
 */
final class ReminderWorld implements AutoCloseable {

    static final ZoneId VN = VietnamTime.ZONE;

    final MutableClock clock;
    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final UnitRepository units;
    final ChatRepository chats;
    final PersonRepository people;
    final PlanRepository plans;
    final ObligationRepository obligations;
    final OccurrenceRepository occurrences;
    final DueItemFinder finder;
    final StatusLogRepository statusLog;
    final StatusRecorder recorder;
    final ReminderSentRepository handled;
    final OutboxRepository outboxRows;
    final MessageItemRepository messageItems;
    final OccurrencePlanner planner;
    final ReminderSettings settings;
    final ReminderRun run;
    final MissedOccurrences missed;
    final PostponeRequestNotifier postponeNotifier;
    final BlockedChatNotifier blockedNotifier;
    final FailedDeliveryNotifier failedNotifier;
    final UndeliveredRepository undelivered;
    final PostponeRequestRepository postponements;

    ReminderWorld(Path dir, Instant start, ReminderProperties properties) {
        clock = new MutableClock(start);
        dataSource = TestDatabase.dataSource(dir);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        jdbc = JdbcClient.create(template);
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        ApplicationEventPublisher events = this::dispatch;
        units = new UnitRepository(jdbc, clock);
        chats = new ChatRepository(jdbc, clock);
        people = new PersonRepository(jdbc, clock, events);
        plans = new PlanRepository(jdbc, clock);
        obligations = new ObligationRepository(jdbc, clock);
        occurrences = new OccurrenceRepository(jdbc, template, clock);
        statusLog = new StatusLogRepository(jdbc);
        recorder = new StatusRecorder(occurrences, statusLog, clock, events);
        handled = new ReminderSentRepository(template);
        outboxRows = new OutboxRepository(template, transactions, clock);
        messageItems = new MessageItemRepository(template);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outboxRows, chats, List.of(), OutboxProperties.defaults(), clock,
                Sleeper.SYSTEM, events);
        Outbox outbox = new Outbox(outboxRows, dispatcher, clock);
        planner = new OccurrencePlanner(plans, obligations, units, occurrences,
                new OccurrenceCoverage(jdbc, statusLog, transactions),
                new vn.doan.nhacviec.data.planning.PlanReach(units, new vn.doan.nhacviec.data.unit.FormerPaths(jdbc, clock)),
                new PlanningProperties(45, 0), clock);
        settings = new ReminderSettings(properties);
        PlainTexts texts = new PlainTexts();
        Recipients recipients = new Recipients(chats, units, new SupervisorDirectory(jdbc));
        undelivered = new UndeliveredRepository(jdbc);
        postponements = new PostponeRequestRepository(jdbc);
        finder = new DueItemFinder(occurrences, obligations, units, statusLog, handled, settings);
        run = new ReminderRun(finder,
                new ChatReminderPlanner(recipients),
                new ChatReminderWriter(handled, outbox, outboxRows, messageItems, texts, settings, transactions, occurrences), undelivered, texts);
        missed = new MissedOccurrences(occurrences, settings);
        SupervisorAlerts notices = new SupervisorAlerts(recipients, outbox, settings, undelivered);
        postponeNotifier = new PostponeRequestNotifier(notices, texts, units, obligations, people, postponements,
                (language, requestId) -> List.of(new OutgoingMessage.Choice("approve", "pp:a:" + requestId)));
        blockedNotifier = new BlockedChatNotifier(notices, texts, chats, units, new ChatNames(people), clock);
        failedNotifier = new FailedDeliveryNotifier(notices, (language, failed) -> OutgoingMessage.text("failed " + failed.chatName() + " "
                + failed.units().stream().map(Unit::code).collect(java.util.stream.Collectors.joining(","))), chats, units,
                new ChatNames(people), clock);
    }

    private void dispatch(Object event) {
        if (event instanceof StatusRecorded recorded) {
            postponeNotifier.on(recorded);
        } else if (event instanceof ChatBlockedEvent blocked) {
            blockedNotifier.on(blocked);
        }
    }

    // --- building the world

    Unit unit(String code, Level level, String parentCode, ZoneId zone, String... tags) {
        Long parent = parentCode == null ? null : units.findByCode(parentCode).orElseThrow().id();
        return units.create(code, code, level, parent, List.of(tags), zone, null);
    }

    Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    Chat chat(String ref, Chat.ChatKind kind, String language, String... boundTo) {
        Chat chat = chats.findOrCreate("telegram", ref, kind, ref, language);
        Arrays.stream(boundTo).forEach(code -> chats.bind(chat.id(), unit(code).id()));
        return chat;
    }

    Plan plan(String code, String issuer, LocalDate from) {
        return plans.save(new PlanDefinition(code, "1/KH", "Kế hoạch " + code, from, issuer, "test", from, null, null, null));
    }

    Obligation obligation(Plan plan, String code, Recurrence recurrence, Assignee assignee, String policy) {
        obligations.importFromFile(plan.id(), new ObligationDefinition(code, code, new Source("test", "1", "…"), assignee,
                recurrence, Completion.YES_NO, "cấp trên", policy, null));
        return obligations.findByCode(code).orElseThrow();
    }

    static Recurrence every(Recurrence.Frequency frequency) {
        return new Recurrence(frequency, null, null, null, null, null);
    }

    static Recurrence yearlyBefore(String dayMonth) {
        return new Recurrence(Recurrence.Frequency.YEAR, null, null, dayMonth, null, null);
    }

    // --- moving time

    /** Sets the clock and runs the reminder engine then. */
    RunSummary runAt(Instant now) {
        clock.set(now);
        return run.runAt(now);
    }

    RunSummary runAt(LocalDate day, LocalTime time, ZoneId zone) {
        return runAt(day.atTime(time).atZone(zone).toInstant());
    }

    /** The daily plan job at {@code now}. */
    void planAt(Instant now) {
        clock.set(now);
        planner.planAhead();
        missed.markAt(now);
        finder.workOutUnknown(now);
    }

    /**
     * One Vietnamese day as the jobs would live it: the plan job at 00:30, then the reminder run
     * every {@code step} around the clock (which covers the other zones' mornings too).
     */
    void liveDay(LocalDate day, Duration step) {
        Instant start = day.atStartOfDay(VN).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(VN).toInstant();
        for (Instant t = start; t.isBefore(end); t = t.plus(step)) {
            if (t.equals(start.plus(Duration.ofMinutes(30)))) {
                planAt(t);
            }
            runAt(t);
        }
    }

    // --- answering

    void answer(Occurrence occurrence, StatusEntry entry, Instant at) {
        clock.set(at);
        recorder.record(occurrences.findById(occurrence.id()).orElseThrow(), null, null, "test", entry,
                unit(occurrence.unitId()).zone());
    }

    Unit unit(long id) {
        return units.findById(id).orElseThrow();
    }

    Occurrence occurrence(String obligationCode, String unitCode, String periodKey) {
        return occurrences.find(obligations.findByCode(obligationCode).orElseThrow().id(), unit(unitCode).id(), periodKey)
                .orElseThrow(() -> new AssertionError("no occurrence " + obligationCode + " " + unitCode + " " + periodKey));
    }

    // --- reading what was sent

    /** A message the engine stored, with the items its text lists. */
    record Sent(long outboxId, long chatId, MessageKind kind, Instant notBefore, Instant createdAt, String text,
                List<Item> items, List<String> choices) {

        boolean lists(long occurrenceId, String stage) {
            return items.stream().anyMatch(i -> i.occurrenceId() == occurrenceId && i.stage().equals(stage));
        }
    }

    record Item(long occurrenceId, String stage, String unitCode) {
    }

    private long lastRead;

    /** Messages stored since the previous call. */
    List<Sent> newlySent() {
        List<Sent> sent = sentAfter(lastRead);
        if (!sent.isEmpty()) {
            lastRead = sent.get(sent.size() - 1).outboxId();
        }
        return sent;
    }

    List<Sent> sentAfter(long outboxId) {
        List<Long> ids = jdbc.sql("SELECT id FROM outbox_message WHERE id > ? ORDER BY id").param(outboxId).query(Long.class).list();
        List<Sent> result = new ArrayList<>();
        for (long id : ids) {
            OutboxEntry entry = outboxRows.find(id).orElseThrow();
            List<Item> items = new ArrayList<>();
            for (String line : entry.payload().text().split("\n")) {
                if (line.startsWith("item ")) {
                    String[] parts = line.split(" ");
                    items.add(new Item(Long.parseLong(parts[1]), parts[2], parts[3]));
                }
            }
            result.add(new Sent(id, entry.chatId(), entry.kind(), entry.nextAttemptAt(), entry.createdAt(), entry.payload().text(),
                    items, entry.payload().choices().stream().map(c -> c.data()).toList()));
        }
        return result;
    }

    long outboxCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
