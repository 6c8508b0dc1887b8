package vn.doan.nhacviec.data.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Deletes old rows in batches, each batch in its own transaction and children before their
 * parents, so that foreign keys hold on PostgreSQL and SQLite alike and no transaction grows with
 * the table. Each method deletes at most {@code limit} parent rows and returns how many it deleted:
 * call it again while it returns {@code limit}.
 */
@Repository
public class RetentionRepository {

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public RetentionRepository(JdbcTemplate template, TransactionOperations transactions) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.transactions = transactions;
    }

    /** Sent outbox rows older than {@code before}, with their message items and pending answers. */
    public int deleteSentOutbox(Instant before, int limit) {
        return inTransaction(() -> {
            List<Long> ids = jdbc.sql("SELECT id FROM outbox_message WHERE state = 'SENT' AND sent_at < ? ORDER BY id LIMIT ?")
                    .params(before.toEpochMilli(), limit).query(Long.class).list();
            if (ids.isEmpty()) {
                return 0;
            }
            String in = placeholders(ids.size());
            Object[] args = ids.toArray();
            jdbc.sql("DELETE FROM pending_answer WHERE outbox_id IN (" + in + ")").params(args).update();
            jdbc.sql("DELETE FROM message_item WHERE outbox_id IN (" + in + ")").params(args).update();
            return jdbc.sql("DELETE FROM outbox_message WHERE id IN (" + in + ")").params(args).update();
        });
    }

    /**
     * Handled reminder marks ({@code reminder_sent}) older than {@code before}, of occurrences no
     * longer open only: an open occurrence's marks keep its reminders from being sent again.
     */
    public int deleteHandledReminders(Instant before, int limit) {
        return inTransaction(() -> {
            List<Object[]> keys = jdbc.sql("SELECT r.occurrence_id, r.stage FROM reminder_sent r "
                            + "JOIN occurrence o ON o.id = r.occurrence_id "
                            + "WHERE r.sent_at < ? AND o.state <> 'OPEN' ORDER BY r.occurrence_id, r.stage LIMIT ?")
                    .params(before.toEpochMilli(), limit)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            if (keys.isEmpty()) {
                return 0;
            }
            template.batchUpdate("DELETE FROM reminder_sent WHERE occurrence_id = ? AND stage = ?", keys);
            return keys.size();
        });
    }

    /** Audit entries older than {@code before} (only when the operator set an age for them). */
    public int deleteAudit(Instant before, int limit) {
        return inTransaction(() -> {
            List<Long> ids = jdbc.sql("SELECT id FROM audit_entry WHERE at < ? ORDER BY id LIMIT ?")
                    .params(before.toEpochMilli(), limit).query(Long.class).list();
            return ids.isEmpty() ? 0
                    : jdbc.sql("DELETE FROM audit_entry WHERE id IN (" + placeholders(ids.size()) + ")").params(ids.toArray()).update();
        });
    }

    /**
     * Status log entries older than {@code before}, with the links to their evidence (only when the
     * operator set an age for them); the occurrences keep their state.
     */
    public int deleteStatusLog(Instant before, int limit) {
        return inTransaction(() -> {
            List<Long> ids = jdbc.sql("SELECT id FROM status_update WHERE recorded_at < ? ORDER BY id LIMIT ?")
                    .params(before.toEpochMilli(), limit).query(Long.class).list();
            if (ids.isEmpty()) {
                return 0;
            }
            String in = placeholders(ids.size());
            jdbc.sql("DELETE FROM status_evidence WHERE status_update_id IN (" + in + ")").params(ids.toArray()).update();
            return jdbc.sql("DELETE FROM status_update WHERE id IN (" + in + ")").params(ids.toArray()).update();
        });
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer deleted = transactions.execute(status -> work.getAsInt());
        return deleted == null ? 0 : deleted;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
