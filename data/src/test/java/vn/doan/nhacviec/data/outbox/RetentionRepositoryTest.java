package vn.doan.nhacviec.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;



import vn.doan.nhacviec.data.retention.RetentionRepository;

/** Old sent messages, with the rows that refer to them, go in batches; everything else stays. */
class RetentionRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T01:00:00Z"));
    private TestDatabase db;
    private OutboxRepository outbox;
    private RetentionRepository retention;
    private long chatId;
    private long personId;
    private long openOccurrence;
    private long doneOccurrence;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir, clock);
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
        outbox = new OutboxRepository(db.template(), transactions, clock);
        retention = new RetentionRepository(db.template(), transactions);
        chatId = new ChatRepository(db.jdbc(), clock).findOrCreate("telegram", "100", Chat.ChatKind.PRIVATE, null, "vi").id();
        db.jdbc().sql("INSERT INTO person (display_name, created_at) VALUES ('An', 0)").update();
        personId = db.jdbc().sql("SELECT MAX(id) FROM person").query(Long.class).single();
        db.jdbc().sql("INSERT INTO unit (code, name, level, path, created_at) VALUES ('u1', 'Chi đoàn 1', 'CHI_DOAN', '/1/', 0)").update();
        db.jdbc().sql("INSERT INTO plan (code, title, issued_on, issuer_code, in_force_from, definition, imported_at) "
                + "VALUES ('p', 'Kế hoạch', '2025-01-01', 'tw', '2025-01-01', '{}', 0)").update();
        db.jdbc().sql("INSERT INTO obligation (code, plan_id, title, version, definition, updated_at) "
                + "VALUES ('o', 1, 'Báo cáo', 1, '{}', 0)").update();
        openOccurrence = occurrence("2025-Q1", "OPEN");
        doneOccurrence = occurrence("2025-Q2", "DONE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deletesOnlySentRowsOlderThanTheAgeWithTheirItemsAndPendingAnswersInBatches() {
        long oldSent1 = sentWithItem("vieux 1");
        long oldSent2 = sentWithItem("vieux 2");
        long oldSent3 = sentWithItem("vieux 3");
        db.jdbc().sql("INSERT INTO pending_answer (outbox_id, person_id, payload) VALUES (?, ?, '{}')")
                .params(oldSent1, personId).update();
        long oldFailed = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("failed"), null, 0, clock.instant());
        outbox.markFailed(oldFailed, "refused", true);
        long oldPending = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("later"), null, 0,
                clock.instant().plus(Duration.ofDays(200)));
        clock.advance(Duration.ofDays(91));
        long recentSent = sentWithItem("recent");
        Instant cutoff = clock.instant().minus(Duration.ofDays(90));

        // with foreign keys on (SQLite here, PostgreSQL in production) a parent-first delete would fail
        assertThat(retention.deleteSentOutbox(cutoff, 2)).isEqualTo(2);
        assertThat(retention.deleteSentOutbox(cutoff, 2)).isEqualTo(1);
        assertThat(retention.deleteSentOutbox(cutoff, 2)).isZero();

        assertThat(outbox.find(oldSent1)).isEmpty();
        assertThat(outbox.find(oldSent2)).isEmpty();
        assertThat(outbox.find(oldSent3)).isEmpty();
        assertThat(outbox.find(oldFailed)).isPresent();
        assertThat(outbox.find(oldPending)).isPresent();
        assertThat(outbox.find(recentSent)).isPresent();
        assertThat(count("SELECT COUNT(*) FROM message_item")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM pending_answer")).isZero();
        assertThat(count("SELECT COUNT(*) FROM occurrence")).as("occurrences are kept").isEqualTo(2);
    }

    @Test
    void theOutboxsOwnDeleteRespectsTheForeignKeysToo() {
        long old = sentWithItem("vieux");
        db.jdbc().sql("INSERT INTO pending_answer (outbox_id, person_id, payload) VALUES (?, ?, '{}')").params(old, personId).update();
        clock.advance(Duration.ofDays(31));

        assertThat(outbox.deleteSentBefore(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(outbox.find(old)).isEmpty();
    }

    @Test
    void handledReminderMarksGoOnlyWhenOldAndTheirOccurrenceIsClosed() {
        mark(openOccurrence, "D-7");
        mark(doneOccurrence, "D-7");
        mark(doneOccurrence, "D-3");
        clock.advance(Duration.ofDays(91));
        mark(doneOccurrence, "D0");
        Instant cutoff = clock.instant().minus(Duration.ofDays(90));

        assertThat(retention.deleteHandledReminders(cutoff, 1)).isEqualTo(1);
        assertThat(retention.deleteHandledReminders(cutoff, 1)).isEqualTo(1);
        assertThat(retention.deleteHandledReminders(cutoff, 1)).isZero();

        assertThat(db.jdbc().sql("SELECT occurrence_id || ':' || stage FROM reminder_sent ORDER BY 1").query(String.class).list())
                .containsExactly(openOccurrence + ":D-7", doneOccurrence + ":D0");
    }

    @Test
    void theLogsGoOnlyWhenAsked() {
        db.jdbc().sql("INSERT INTO audit_entry (at, action, outcome) VALUES (?, 'x', 'DONE')").param(clock.millis()).update();
        db.jdbc().sql("INSERT INTO status_update (occurrence_id, recorded_at, meaning) VALUES (?, ?, 'DONE')")
                .params(doneOccurrence, clock.millis()).update();
        clock.advance(Duration.ofDays(400));
        db.jdbc().sql("INSERT INTO audit_entry (at, action, outcome) VALUES (?, 'y', 'DONE')").param(clock.millis()).update();
        Instant cutoff = clock.instant().minus(Duration.ofDays(365));

        assertThat(retention.deleteAudit(cutoff, 100)).isEqualTo(1);
        assertThat(retention.deleteStatusLog(cutoff, 100)).isEqualTo(1);
        assertThat(db.jdbc().sql("SELECT action FROM audit_entry").query(String.class).list()).containsExactly("y");
        assertThat(count("SELECT COUNT(*) FROM occurrence")).isEqualTo(2);
    }

    private long sentWithItem(String text) {
        long id = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text(text), null, 0, clock.instant());
        db.jdbc().sql("INSERT INTO message_item (outbox_id, position, occurrence_id) VALUES (?, 1, ?)")
                .params(id, openOccurrence).update();
        outbox.claim("a", 100, Duration.ofMinutes(1));
        outbox.markSent(id, "p" + id);
        return id;
    }

    private long occurrence(String period, String state) {
        db.jdbc().sql("INSERT INTO occurrence (obligation_id, unit_id, period_key, period_start, period_end, deadline, due_at, state, created_at) "
                        + "VALUES (1, 1, ?, '2025-01-01', '2025-03-31', '2025-03-31', 0, ?, 0)")
                .params(period, state).update();
        return db.jdbc().sql("SELECT id FROM occurrence WHERE period_key = ?").param(period).query(Long.class).single();
    }

    private void mark(long occurrenceId, String stage) {
        db.jdbc().sql("INSERT INTO reminder_sent (occurrence_id, stage, stage_day, sent_at, chats, run_id) VALUES (?, ?, '2025-03-01', ?, 1, 'r')")
                .params(occurrenceId, stage, clock.millis()).update();
    }

    private long count(String sql) {
        return db.jdbc().sql(sql).query(Long.class).single();
    }
}
