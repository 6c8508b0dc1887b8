package vn.doan.nhacviec.scheduler.outbox;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Delivery benchmark (not a test): stores many messages in a real SQLite outbox, lets a started
 * dispatcher send them over HTTP to an in-process Telegram-shaped server that answers 1% of
 * requests with 429 or 500, and compares what the server accepted with what was stored.
 *
 * <p>Run: {@code ./mvnw -q -pl scheduler -am -Pbenchmark -DskipTests test} (forked JVM with
 * {@code -Xmx512m}); options as {@code -Dbenchmark.args="messages=100000 chats=20000 limit=1000
 * batch=500 threads=16 warmup=10000"}. Prints {@code delivery_vs_limit=}, {@code lost=}, {@code duplicated=},
 * {@code messages_delivered=} lines. Other benchmarks call {@link #run(Settings)}.
 */
public final class OutboxDeliveryBenchmark {

    /** 09:00 in Vietnam on the national benchmark's peak day (31/12/2026): inside every sending window. */
    static final Instant SENDING_MORNING = Instant.parse("2026-12-31T02:00:00Z");

    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    /**
     * @param messages     messages to send
     * @param chats        private Telegram chats they are spread over (round robin)
     * @param limitPerSecond the channel's overall limit; the per-chat limit is set so high it never binds
     * @param failureShare share of requests the server answers 429 (retry_after 1) or 500
     */
    public record Settings(int messages, int chats, int limitPerSecond, int batchSize, int senderThreads,
            double failureShare) {

        public static Settings defaults() {
            return new Settings(100_000, 20_000, 1_000, 500, 16, 0.01);
        }

        /** The same run with fewer messages (over at most a fifth as many chats), e.g. to warm the JVM up. */
        public Settings withMessages(int count) {
            return new Settings(count, Math.max(1, Math.min(chats, count / 5)), limitPerSecond, batchSize,
                    senderThreads, failureShare);
        }
    }

    /**
     * @param deliveryVsLimit messages per second (first to last new message accepted) ÷ the limit
     * @param lost            stored messages the server never accepted
     * @param duplicated      acceptances beyond the first of a message
     * @param failedRows      rows the outbox gave up on
     */
    public record Result(int messagesStored, int messagesDelivered, int lost, int duplicated, int failedRows,
            Duration enqueueTime, Duration sendTime, double messagesPerSecond, double deliveryVsLimit,
            int answeredTooManyRequests, int answeredServerError) {

        public void print() {
            System.out.printf("messages_stored=%d%n", messagesStored);
            System.out.printf("enqueue_seconds=%.2f%n", enqueueTime.toMillis() / 1000.0);
            System.out.printf("send_seconds=%.2f%n", sendTime.toMillis() / 1000.0);
            System.out.printf("messages_per_second=%.1f%n", messagesPerSecond);
            System.out.printf("answered_429=%d%n", answeredTooManyRequests);
            System.out.printf("answered_500=%d%n", answeredServerError);
            System.out.printf("failed_rows=%d%n", failedRows);
            System.out.printf("delivery_vs_limit=%.3f%n", deliveryVsLimit);
            System.out.printf("lost=%d%n", lost);
            System.out.printf("duplicated=%d%n", duplicated);
            System.out.printf("messages_delivered=%d%n", messagesDelivered);
        }
    }

    private OutboxDeliveryBenchmark() {
    }

    /** Options as {@code key=value}: messages, chats, limit, batch, threads, failures, warmup (messages). */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Settings settings = settings(options);
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
        System.out.println("settings=" + settings + " warmup_messages=" + warmup);
        if (warmup > 0) {
            // A running bot is warm: compile the hot paths before measuring (a separate run, own database).
            Result warm = run(settings.withMessages(warmup));
            System.out.printf("warmup_delivery_vs_limit=%.3f%n", warm.deliveryVsLimit());
        }
        Result result = run(settings);
        result.print();
    }

    public static Result run(Settings settings) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("outbox-benchmark");
        // reminders are held outside the sending hours: the clock runs from 09:00 Vietnam time on the peak day, whatever the hour
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), SENDING_MORNING));
        try (HikariDataSource dataSource = TestDatabase.dataSource(dir);
                FakeMessagingServer server = new FakeMessagingServer(settings.messages(), settings.failureShare(), 8)) {
            JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
            TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
            OutboxRepository outbox = new OutboxRepository(jdbcTemplate, transactions, clock);
            ChatRepository chats = new ChatRepository(JdbcClient.create(jdbcTemplate), clock);

            List<Long> chatIds = createChats(jdbcTemplate, transactions, settings.chats(), clock);
            long enqueueStart = System.nanoTime();
            enqueue(outbox, chatIds, settings.messages(), clock);
            Duration enqueueTime = Duration.ofNanos(System.nanoTime() - enqueueStart);

            OutboxProperties properties = TestOutboxProperties.of(
                    Map.of("telegram", new OutboxProperties.ChannelLimits(settings.limitPerSecond(), 1_000_000, 0)),
                    null, Duration.ofMinutes(2), settings.batchSize(), settings.senderThreads(), null, null, false);
            OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, chats,
                    List.of(new HttpTelegramSender(server.baseUri(), "123:benchmark")), properties, clock,
                    Sleeper.SYSTEM, event -> { });

            long sendStart = System.nanoTime();
            dispatcher.start();
            try {
                awaitSettled(outbox, server, settings.messages());
            } finally {
                dispatcher.stop();
            }
            Duration sendTime = Duration.ofNanos(server.lastNewAtNanos() - sendStart);

            int lost = 0;
            int duplicated = 0;
            for (int n = 0; n < settings.messages(); n++) {
                int times = server.timesAccepted(n);
                lost += times == 0 ? 1 : 0;
                duplicated += Math.max(0, times - 1);
            }
            int delivered = server.distinctAccepted();
            double perSecond = delivered / (sendTime.toNanos() / 1e9);
            long failedRows = outbox.countByState().get(OutboxState.FAILED);
            return new Result(settings.messages(), delivered, lost, duplicated, (int) failedRows, enqueueTime, sendTime,
                    perSecond, perSecond / settings.limitPerSecond(), server.tooManyRequests(), server.serverErrors());
        } finally {
            deleteQuietly(dir);
        }
    }

    private static List<Long> createChats(JdbcTemplate jdbc, TransactionTemplate transactions, int count, Clock clock) {
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {"telegram", String.valueOf(100_000_000L + i), "PRIVATE", clock.millis()});
        }
        transactions.executeWithoutResult(status -> jdbc.batchUpdate(
                "INSERT INTO chat (channel, chat_ref, kind, created_at) VALUES (?, ?, ?, ?)", rows));
        return jdbc.queryForList("SELECT id FROM chat WHERE channel = 'telegram' ORDER BY id", Long.class);
    }

    /** Message n goes to chat n mod chats, so each chat's messages are spread over the run. */
    private static void enqueue(OutboxRepository outbox, List<Long> chatIds, int messages, Clock clock) {
        int chunk = 10_000;
        for (int from = 0; from < messages; from += chunk) {
            List<NewOutboxMessage> batch = new ArrayList<>(chunk);
            Instant now = clock.instant();
            for (int n = from; n < Math.min(messages, from + chunk); n++) {
                batch.add(NewOutboxMessage.now(chatIds.get(n % chatIds.size()), MessageKind.REMINDER,
                        OutgoingMessage.text("msg " + n), now));
            }
            outbox.enqueueAll(batch);
        }
    }

    /** Until the server has every message and no row is pending or being sent any more. */
    private static void awaitSettled(OutboxRepository outbox, FakeMessagingServer server, int messages)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + GIVE_UP_AFTER.toNanos();
        long nextReport = start + PROGRESS_EVERY.toNanos();
        while (server.distinctAccepted() < messages && System.nanoTime() < deadline) {
            Thread.sleep(10);
            if (System.nanoTime() >= nextReport) {
                System.out.printf("progress seconds=%d accepted=%d%n", (nextReport - start) / 1_000_000_000L,
                        server.distinctAccepted());
                nextReport += PROGRESS_EVERY.toNanos();
            }
            if (server.distinctAccepted() >= messages * 99L / 100) {
                Map<OutboxState, Long> counts = outbox.countByState();
                if (counts.get(OutboxState.PENDING) + counts.get(OutboxState.SENDING) == 0) {
                    break; // the rest failed for good
                }
            }
        }
        while (System.nanoTime() < deadline) {
            Map<OutboxState, Long> counts = outbox.countByState();
            if (counts.get(OutboxState.PENDING) + counts.get(OutboxState.SENDING) == 0) {
                return;
            }
            Thread.sleep(50);
        }
    }

    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    private static Settings settings(Map<String, String> options) {
        Settings d = Settings.defaults();
        return new Settings(
                Integer.parseInt(options.getOrDefault("messages", String.valueOf(d.messages()))),
                Integer.parseInt(options.getOrDefault("chats", String.valueOf(d.chats()))),
                Integer.parseInt(options.getOrDefault("limit", String.valueOf(d.limitPerSecond()))),
                Integer.parseInt(options.getOrDefault("batch", String.valueOf(d.batchSize()))),
                Integer.parseInt(options.getOrDefault("threads", String.valueOf(d.senderThreads()))),
                Double.parseDouble(options.getOrDefault("failures", String.valueOf(d.failureShare()))));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
