package vn.doan.nhacviec.scheduler.reminder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.catalog.CatalogImport;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.scheduler.outbox.OutboxDeliveryBenchmark;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The national-scale benchmark (not a test; see the README's "Benchmark" section). On a generated
 * tree of 63 provinces and 200,000 branches with the seed catalogue, in one run:
 * <ul>
 *   <li>planning: the time the reminder run takes to work out and enqueue one peak day's
 *       reminders, divided by the time a plain JDBC batch insert of as many outbox rows takes;</li>
 *   <li>delivery: {@link OutboxDeliveryBenchmark} (100,000 messages, 1% answered 429 or 500,
 *       overall limit 1,000/s), messages per second divided by the limit, lost, duplicated.</li>
 * </ul>
 * The Maven profile runs it with {@code -Xmx512m}. Ends with one {@code name=value} line per figure.
 */
public final class NationalBenchmark {

    static final ZoneId VN = VietnamTime.ZONE;
    /** The last day of a year: the monthly meeting, the quarter's and the year's duties all fall due the next midnight. */
    static final LocalDate PEAK_DAY = LocalDate.of(2026, 12, 31);

    private NationalBenchmark() {
    }

    /** What one planning measurement found. */
    record Planning(int units, RunSummary peak, long planningNanos, long batchNanos) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = OutboxDeliveryBenchmark.options(args);
        BenchmarkDatabase.use(options.getOrDefault("db", "sqlite"));
        int branches = Integer.parseInt(options.getOrDefault("branches", "200000"));
        Path catalog = Path.of(options.getOrDefault("catalog", "../config/catalog"));
        // a running bot is warm: the same work on a small tree first compiles the hot paths (own database)
        measurePlanning(catalog, Math.max(1_000, branches / 20), false);
        Planning planning = measurePlanning(catalog, branches, true);
        if ("false".equals(options.get("delivery"))) {
            System.out.printf("planning_vs_batch_insert=%.2f%n", (double) planning.planningNanos() / planning.batchNanos());
            return;
        }
        OutboxDeliveryBenchmark.Settings settings = OutboxDeliveryBenchmark.Settings.defaults();
        OutboxDeliveryBenchmark.run(settings.withMessages(10_000)); // warm, as above
        OutboxDeliveryBenchmark.Result delivery = OutboxDeliveryBenchmark.run(settings);
        delivery.print();

        System.out.printf("planning_vs_batch_insert=%.2f%n", (double) planning.planningNanos() / planning.batchNanos());
        System.out.printf("delivery_vs_limit=%.3f%n", delivery.deliveryVsLimit());
        System.out.printf("lost=%d%n", delivery.lost());
        System.out.printf("duplicated=%d%n", delivery.duplicated());
        System.out.printf("units=%d%n", planning.units());
        System.out.printf("reminders_planned=%d%n", planning.peak().messages());
        System.out.printf("messages_delivered=%d%n", delivery.messagesDelivered());
    }

    private static Planning measurePlanning(Path catalog, int branches, boolean print) throws Exception {
        Path dir = Files.createTempDirectory("national-benchmark");
        Instant planTime = PEAK_DAY.atTime(LocalTime.of(0, 30)).atZone(VN).toInstant();
        Instant sendTime = PEAK_DAY.atTime(LocalTime.of(8, 0)).atZone(VN).toInstant();
        try (ReminderWorld world = new ReminderWorld(dir, planTime, ReminderProperties.defaults())) {
            TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(world.dataSource));
            new CatalogImport(world.plans, world.obligations, transactions).importDirectory(catalog);
            for (Plan plan : world.plans.findAll()) {
                // the seed plans' terms have ended: keep them in force, as the demo does
                world.plans.extendUntil(plan.id(), PEAK_DAY.plusYears(1));
            }
            long start = System.nanoTime();
            int units = NationalTree.write(world.dataSource, branches, planTime.toEpochMilli());
            long treeNanos = System.nanoTime() - start;

            start = System.nanoTime();
            world.planAt(planTime);
            long occurrenceNanos = System.nanoTime() - start;

            statisticsAfterBulkLoad(world);

            world.clock.set(sendTime);
            start = System.nanoTime();
            RunSummary peak = world.run.runAt(sendTime);
            long planningNanos = System.nanoTime() - start;
            long batchNanos = plainBatchInsert(world, peak.messages(), sendTime);
            if (print) {
                System.out.printf("tree_seconds=%.2f%n", seconds(treeNanos));
                System.out.printf("occurrences=%d%n", world.occurrences.count());
                System.out.printf("occurrence_planning_seconds=%.2f%n", seconds(occurrenceNanos));
                System.out.printf("peak_day=%s due_items=%d messages=%d%n", PEAK_DAY, peak.due(), peak.messages());
                System.out.printf("reminder_planning_seconds=%.2f%n", seconds(planningNanos));
                System.out.printf("plain_batch_insert_seconds=%.2f%n", seconds(batchNanos));
            }
            return new Planning(units, peak, planningNanos, batchNanos);
        }
    }

    /**
     * The yardstick: the same rows the reminder run wrote, inserted by plain JDBC batches in one
     * transaction into the same tables: as many outbox rows (payload of the same size, items numbered),
     * as many message items, as many reminder marks, and as many next-reminder updates. (Before, it
     * inserted the outbox rows only, which made the ratio look worse than it is.)
     */
    private static long plainBatchInsert(ReminderWorld world, int rows, Instant now) throws Exception {
        String payload = world.jdbc.sql("SELECT payload FROM outbox_message ORDER BY id DESC LIMIT 1").query(String.class).single();
        long firstId = world.jdbc.sql("SELECT MAX(id) FROM outbox_message").query(Long.class).single() + 1;
        List<long[]> items = world.jdbc.sql("SELECT outbox_id, position, occurrence_id FROM message_item ORDER BY outbox_id, position")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        List<Long> marked = world.jdbc.sql("SELECT occurrence_id FROM reminder_sent").query(Long.class).list();
        Map<Long, Long> yardstickOutboxId = new HashMap<>();
        for (long[] item : items) {
            yardstickOutboxId.computeIfAbsent(item[0], id -> firstId + yardstickOutboxId.size());
        }
        long start = System.nanoTime();
        try (Connection connection = world.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message (id, chat_id, kind, payload, dedup_key, "
                    + "priority, state, attempts, next_attempt_at, created_at, numbers) VALUES (?, ?, 'REMINDER', ?, ?, 0, 'PENDING', 0, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, firstId + i);
                    insert.setLong(2, 1 + i);
                    insert.setString(3, payload);
                    insert.setString(4, "yardstick:" + i);
                    insert.setLong(5, now.toEpochMilli());
                    insert.setLong(6, now.toEpochMilli());
                    insert.setString(7, "I"); // NumberedMessages.ITEMS: the message numbers its items
                    batch(insert, i);
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO message_item (outbox_id, position, occurrence_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    insert.setLong(1, yardstickOutboxId.get(items.get(i)[0]));
                    insert.setLong(2, items.get(i)[1]);
                    insert.setLong(3, items.get(i)[2]);
                    batch(insert, i);
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reminder_sent (occurrence_id, stage, stage_day, "
                    + "sent_at, chats, run_id) VALUES (?, 'yardstick', ?, ?, 1, 'yardstick')");
                 PreparedStatement update = connection.prepareStatement("UPDATE occurrence SET next_remind_at = ? WHERE id = ?")) {
                String day = PEAK_DAY.toString();
                for (int i = 0; i < marked.size(); i++) {
                    insert.setLong(1, marked.get(i));
                    insert.setString(2, day);
                    insert.setLong(3, now.toEpochMilli());
                    batch(insert, i);
                    update.setLong(1, now.plus(Duration.ofDays(1)).toEpochMilli());
                    update.setLong(2, marked.get(i));
                    batch(update, i);
                }
                insert.executeBatch();
                update.executeBatch();
            }
            connection.commit();
        }
        return System.nanoTime() - start;
    }

    /**
     * A production database's tables were loaded long before a peak day's run, and PostgreSQL's
     * autovacuum has since vacuumed them and gathered their statistics (within a minute of a bulk
     * change). Here the run follows the bulk load at once: without statistics PostgreSQL plans each
     * {@code IN} list of the run's chunked reads as a scan of the whole table (quadratic in the tree).
     * {@code VACUUM ANALYZE} stands in for autovacuum, outside both timings; SQLite gathers no
     * statistics on its own and gets none.
     */
    private static void statisticsAfterBulkLoad(ReminderWorld world) throws java.sql.SQLException {
        try (Connection connection = world.dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (var statement = connection.createStatement()) {
                    statement.execute("VACUUM ANALYZE");
                }
            }
        }
    }

    private static void batch(PreparedStatement statement, int i) throws java.sql.SQLException {
        statement.addBatch();
        if (i % 1000 == 999) {
            statement.executeBatch();
        }
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }
}
