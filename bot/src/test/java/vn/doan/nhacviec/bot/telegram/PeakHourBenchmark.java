package vn.doan.nhacviec.bot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.NhacViecApplication;
import vn.doan.nhacviec.bot.demo.DemoClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/**
 * The peak-hour benchmark (not a test; see the README's "Benchmark" section): the whole bot with its
 * Telegram channel (the real client and long polling) against the in-process {@link FakeBotApi},
 * SQLite, the real clock moved to a working morning. It measures what a person feels when a
 * secretary answers: each measured message is «xong» from a known secretary, in the private chat
 * bound to their branch, about the branch's one open item (seeded beforehand by
 * {@link AnsweringSecretaries}, not timed; each phase has its own secretaries, so every message comes
 * from a distinct chat). The bot records it and confirms it through the outbox.
 * <ul>
 *   <li>{@code reply_p95_idle_ms}: from the answer being handed to the Bot API server to the server
 *       receiving the bot's confirmation, p95 over {@code answers} answers, paced at {@code rate}/s,
 *       on an idle bot; {@code reply_p95_peak_ms} the same while {@code reminders} reminders drain at
 *       the overall limit ({@code limit}/s, raised so the drain outlasts the measurement);</li>
 *   <li>{@code isolation_p95_vs_idle}: the same p95 over the answers handed in while one admin's chat
 *       imports {@code import-lines} units (a document captioned /nhapdv), until the import answers,
 *       divided by the idle p95;</li>
 *   <li>{@code inbound_per_second}: answers from distinct secretaries handed in all at once, handled
 *       (the confirmation stored in the outbox) per second; {@code inbound_vs_floor} divides it by a
 *       plain JDBC loop writing one status row and one outbox row, committed per answer, into a
 *       SQLite file with the same settings.</li>
 * </ul>
 * After each phase the benchmark fails unless the first message every chat got is the confirmation
 * of its answer and every seeded item has exactly one answer recorded, meaning DONE: timing refusals
 * or questions would measure nothing. Run with {@code -Xmx512m} by the bot's {@code benchmark}
 * profile; {@code inbound-only=1} measures the inbound figure alone (a warm round, then the measured
 * one after the line {@code inbound_round_start}, where a profiler attaches).
 */
public final class PeakHourBenchmark {

    static final String TOKEN = "123456789:AAE-peak-benchmark-token_0123456789";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    /** How every confirmation of «xong» on the seeded item begins (answer.ok.done, the item's title). */
    static final String CONFIRMATION = "✅ Đã ghi nhận: Họp Ban Chấp hành chi đoàn hằng tháng";
    private static final int WARM_UP = 200;

    private final FakeBotApi api;
    private final AnsweringSecretaries secretaries;
    /** The first message the bot sent to each chat, and when the server received it. */
    private final Map<String, First> firstAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong importAnsweredNanos = new java.util.concurrent.atomic.AtomicLong();

    record First(long nanos, String text) {
    }

    private PeakHourBenchmark(FakeBotApi api, AnsweringSecretaries secretaries) {
        this.api = api;
        this.secretaries = secretaries;
        api.listen(call -> {
            if (call.method().equals("sendMessage")) {
                sent.incrementAndGet();
                firstAnswers.putIfAbsent(call.chatId(), new First(System.nanoTime(), call.param("text")));
                String text = call.param("text");
                if (text != null && (text.startsWith("✅ Đã nhập") || text.startsWith("❌"))) {
                    importAnsweredNanos.compareAndSet(0, System.nanoTime());
                }
            }
        }, false);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int answers = Integer.parseInt(options.getOrDefault("answers", "2000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "25"));
        int reminders = Integer.parseInt(options.getOrDefault("reminders", "60000"));
        int reminderChats = Integer.parseInt(options.getOrDefault("reminder-chats", "20000"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "1000"));
        int imported = Integer.parseInt(options.getOrDefault("import-lines", "100000"));
        Path dir = Files.createTempDirectory("peak-benchmark");
        try (FakeBotApi api = FakeBotApi.start(TOKEN);
             ConfigurableApplicationContext app = start(api, dir, limit, Integer.parseInt(options.getOrDefault("threads", "8")))) {
            moveToAWorkingMorning(app.getBean(DemoClock.class));
            // every phase's secretaries are seeded before anything is measured (and before the import writes units)
            AnsweringSecretaries secretaries = new AnsweringSecretaries(app, 500_000_000L);
            PeakHourBenchmark benchmark = new PeakHourBenchmark(api, secretaries);
            AnsweringSecretaries.Cohort warm = secretaries.seed("warm-up", WARM_UP);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            if (options.containsKey("inbound-only")) { // a profiling aid: the inbound figure alone
                AnsweringSecretaries.Cohort first = secretaries.seed("inbound-1", answers);
                AnsweringSecretaries.Cohort second = secretaries.seed("inbound-2", answers);
                benchmark.p95Millis(warm, rate); // warm: the same work first compiles the hot paths
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                benchmark.inboundPerSecond(jdbc, first); // and compiled as in the full run
                System.out.println("inbound_round_start"); // where a profiler attaches
                long cpu = os.getProcessCpuTime();
                double inbound = benchmark.inboundPerSecond(jdbc, second);
                System.out.printf("inbound_per_second=%.1f cpu_ms_per_answer=%.3f%n", inbound, (os.getProcessCpuTime() - cpu) / 1e6 / answers);
                System.exit(0);
            }
            AnsweringSecretaries.Cohort idleCohort = secretaries.seed("idle", answers);
            AnsweringSecretaries.Cohort isolationCohort = secretaries.seed("isolation", answers);
            AnsweringSecretaries.Cohort peakCohort = secretaries.seed("peak", answers);
            AnsweringSecretaries.Cohort inboundCohort = secretaries.seed("inbound", answers);
            benchmark.p95Millis(warm, rate); // warm: the same work first compiles the hot paths

            double idle = benchmark.p95Millis(idleCohort, rate);
            Isolation isolation = benchmark.duringAnImport(app, isolationCohort, rate, imported);
            int stored = benchmark.storeReminders(app, reminders, reminderChats);
            benchmark.awaitSent(Math.min(stored, 2 * limit));
            double peak = benchmark.p95Millis(peakCohort, rate);
            boolean drainCovered = benchmark.sent.get() < stored;

            double inbound = benchmark.inboundPerSecond(jdbc, inboundCohort);
            double floor = floorPerSecond(dir.resolve("floor.db"), answers);

            System.out.printf("reminders_stored=%d%n", stored);
            System.out.printf("drain_outlasted_peak_measurement=%s%n", drainCovered);
            System.out.printf("reply_p95_idle_ms=%.1f%n", idle);
            System.out.printf("reply_p95_peak_ms=%.1f%n", peak);
            System.out.printf("reply_peak_vs_idle=%.2f%n", peak / idle);
            System.out.printf("import_lines=%d%n", imported);
            System.out.printf("import_seconds=%.1f%n", isolation.importSeconds());
            System.out.printf("isolation_answers=%d%n", isolation.answers());
            System.out.printf("isolation_p95_ms=%.1f%n", isolation.p95Millis());
            System.out.printf("isolation_p95_vs_idle=%.2f%n", isolation.p95Millis() / idle);
            System.out.printf("inbound_floor_per_second=%.1f%n", floor);
            System.out.printf("inbound_per_second=%.1f%n", inbound);
            System.out.printf("inbound_vs_floor=%.2f%n", inbound / floor);
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(FakeBotApi api, Path dir, int limit, int threads) {
        // command-line arguments: they win over the test classpath's application.properties (one thread there)
        return new SpringApplicationBuilder(NhacViecApplication.class).run(
                "--spring.config.import=optional:file:../config/application.yml",
                "--nhacviec.catalog.dir=../config/catalog",
                "--nhacviec.demo.units=../config/demo/units.csv",
                "--nhacviec.demo.reform-dir=", // the demo tree as before 1/7/2025: the import's parent is a commune of a district
                "--nhacviec.demo.enabled=true",
                "--nhacviec.demo.history=false",
                "--nhacviec.console.enabled=false",
                "--nhacviec.reminders.jobs.enabled=false",
                "--nhacviec.staff.triggers.enabled=false",
                "--nhacviec.database.data-dir=" + dir,
                "--logging.file.name=",
                "--logging.level.root=WARN",
                "--server.port=0",
                "--TELEGRAM_BOT_TOKEN=" + TOKEN,
                "--TELEGRAM_API_URL=" + api.baseUrl(),
                "--nhacviec.outbox.channels.telegram.overall-per-second=" + limit,
                "--nhacviec.inbound.threads=" + threads,
                "--nhacviec.inbound.working-notice-after=2s");
    }

    /** Reminders go out in the sending window only: the application's clock is moved to a Monday, 09:00. */
    private static void moveToAWorkingMorning(DemoClock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VN);
        ZonedDateTime monday = now.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(LocalTime.of(9, 0));
        clock.advance(Duration.between(now, monday));
    }

    /**
     * «xong» from each of the cohort's secretaries, {@code rate} a second; the p95 of the time until
     * each one's confirmation reaches the server.
     */
    private double p95Millis(AnsweringSecretaries.Cohort cohort, int rate) {
        return p95(replies(cohort, rate).stream().map(Reply::millis).toList());
    }

    /** One message's round: when it was handed to the server and how long until its answer arrived. */
    record Reply(long queuedNanos, double millis) {
    }

    /** Each secretary's «xong», paced; fails unless every first message back is the answer's confirmation, recorded. */
    private List<Reply> replies(AnsweringSecretaries.Cohort cohort, int rate) {
        int count = cohort.count();
        long[] queuedAt = new long[count];
        long start = System.nanoTime();
        long gap = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            long due = start + i * gap;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            queuedAt[i] = System.nanoTime();
            api.queue(Updates.privateText(cohort.user(i), "Bí thư " + (i + 1), "xong"));
        }
        List<Reply> replies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long answered = awaitConfirmation(cohort.user(i));
            replies.add(new Reply(queuedAt[i], (answered - queuedAt[i]) / 1e6));
        }
        secretaries.requireAllRecorded(cohort);
        return replies;
    }

    private static double p95(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    /** When the first message to the secretary's chat reached the server; fails unless it is the confirmation of «xong». */
    private long awaitConfirmation(long user) {
        String chatId = String.valueOf(user);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        First first;
        while ((first = firstAnswers.get(chatId)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no answer to chat " + chatId);
            }
            LockSupport.parkNanos(1_000_000);
        }
        if (first.text() == null || !first.text().startsWith(CONFIRMATION)) {
            throw new IllegalStateException("chat " + chatId + " got «" + first.text() + "» first, not the confirmation of its answer");
        }
        return first.nanos();
    }

    /** The p95 over the answers handed in while the import ran, how many those were, and how long the import took. */
    record Isolation(double p95Millis, int answers, double importSeconds) {
    }

    /** Other chats' p95 while an admin's chat imports {@code lines} units (a document captioned /nhapdv). */
    private Isolation duringAnImport(ConfigurableApplicationContext app, AnsweringSecretaries.Cohort cohort, int rate, int lines) {
        long admin = 400_000_000L;
        PersonRepository people = app.getBean(PersonRepository.class);
        Person person = people.findOrCreate("telegram", String.valueOf(admin), "Quản trị", "vi");
        people.grant(person.id(), app.getBean(UnitRepository.class).findByCode("tw").orElseThrow().id(), Role.ADMIN, null);
        app.getBean(ChatRepository.class).findOrCreate("telegram", String.valueOf(admin), Chat.ChatKind.PRIVATE, null, "vi");
        String parent = app.getBean(UnitRepository.class).findByCode("tn-tb-hh").orElseThrow().code();
        StringBuilder csv = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        for (int i = 0; i < lines; i++) {
            csv.append("peak-").append(i).append(",Chi đoàn ").append(i).append(",chi_doan,").append(parent).append(",dia_ban_dan_cu,\n");
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        api.hostFile("peak-import", bytes);
        long handedIn = System.nanoTime();
        api.queue(Updates.privateDocument(admin, "Quản trị", "peak-import", "don-vi.csv", "text/csv", bytes.length, "/nhapdv"));
        // the import is under way once the admin's chat is busy: give the poller a moment to hand it over
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
        List<Reply> replies = replies(cohort, rate);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (importAnsweredNanos.get() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(50_000_000);
        }
        long done = importAnsweredNanos.get();
        if (done == 0) {
            throw new IllegalStateException("the import did not answer");
        }
        // only the answers handed in while the import ran: after it, the bot is idle again
        List<Double> during = replies.stream().filter(reply -> reply.queuedNanos() < done).map(Reply::millis).toList();
        if (during.isEmpty()) {
            throw new IllegalStateException("the import ended before the first answer: more import-lines");
        }
        return new Isolation(p95(during), during.size(), (done - handedIn) / 1e9);
    }

    /** The peak: reminders to many chats, stored as the reminder run stores them (one batch). */
    private int storeReminders(ConfigurableApplicationContext app, int count, int chats) {
        ChatRepository chatRows = app.getBean(ChatRepository.class);
        List<Long> chatIds = new ArrayList<>(chats);
        for (int i = 0; i < chats; i++) {
            chatIds.add(chatRows.findOrCreate("telegram", String.valueOf(900_000_000L + i), Chat.ChatKind.PRIVATE, null, "vi").id());
        }
        java.time.Instant now = app.getBean(java.time.Clock.class).instant();
        List<NewOutboxMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(new NewOutboxMessage(chatIds.get(i % chats), MessageKind.REMINDER,
                    OutgoingMessage.text("Nhắc việc " + i + ": sinh hoạt chi đoàn tháng, hạn 31/12."), "peak:" + i,
                    MessageKind.REMINDER.defaultPriority(), now));
        }
        app.getBean(Outbox.class).enqueueAll(messages);
        return count;
    }

    private void awaitSent(int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (sent.get() < count && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
    }

    /**
     * The cohort's secretaries all answer «xong» at once; an answer is handled when its confirmation
     * is stored in the outbox. Afterwards (not timed) every answer must have been recorded and its
     * confirmation be the first message its chat got.
     */
    private double inboundPerSecond(JdbcClient jdbc, AnsweringSecretaries.Cohort cohort) {
        int count = cohort.count();
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            api.queue(Updates.privateText(cohort.user(i), "Bí thư " + (i + 1), "xong"));
        }
        long deadline = start + PATIENCE.toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id > ? AND chat_id BETWEEN ? AND ?")
                .params(before, cohort.firstChat(), cohort.lastChat()).query(Long.class).single() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the answers were not all stored");
            }
            // a count every 50 ms: counting more often would take a good part of a core from the bot it measures
            LockSupport.parkNanos(50_000_000);
        }
        double perSecond = count / ((System.nanoTime() - start) / 1e9);
        for (int i = 0; i < count; i++) {
            awaitConfirmation(cohort.user(i));
        }
        secretaries.requireAllRecorded(cohort);
        return perSecond;
    }

    /** The floor: the least an answer must write, one status row and one outbox row, committed per answer. */
    private static double floorPerSecond(Path file, int count) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file
                + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true&synchronous=NORMAL")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE status_update (id INTEGER PRIMARY KEY, occurrence_id BIGINT NOT NULL, person_id BIGINT, "
                        + "chat_id BIGINT, recorded_at BIGINT NOT NULL, raw_text VARCHAR(2000), meaning VARCHAR(30) NOT NULL)");
                ddl.execute("CREATE TABLE outbox_message (id INTEGER PRIMARY KEY, chat_id BIGINT NOT NULL, kind VARCHAR(20) NOT NULL, "
                        + "payload TEXT NOT NULL, priority INT NOT NULL, state VARCHAR(20) NOT NULL, attempts INT NOT NULL, "
                        + "next_attempt_at BIGINT NOT NULL, created_at BIGINT NOT NULL)");
                ddl.execute("CREATE INDEX outbox_claim ON outbox_message (state, priority, next_attempt_at)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement status = connection.prepareStatement("INSERT INTO status_update (occurrence_id, person_id, chat_id, "
                    + "recorded_at, raw_text, meaning) VALUES (?, ?, ?, ?, 'xong', 'DONE')");
                 PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox_message (chat_id, kind, payload, priority, "
                         + "state, attempts, next_attempt_at, created_at) VALUES (?, 'REPLY', ?, 40, 'PENDING', 0, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long now = System.currentTimeMillis();
                    status.setLong(1, i);
                    status.setLong(2, i);
                    status.setLong(3, i);
                    status.setLong(4, now);
                    status.executeUpdate();
                    outbox.setLong(1, i);
                    outbox.setString(2, "{\"text\":\"Đã ghi nhận: xong.\"}");
                    outbox.setLong(3, now);
                    outbox.setLong(4, now);
                    outbox.executeUpdate();
                    connection.commit();
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).flatMap(a -> Arrays.stream(a.split("\\s+"))).filter(a -> a.contains("="))
                .forEach(a -> options.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        return options;
    }
}
