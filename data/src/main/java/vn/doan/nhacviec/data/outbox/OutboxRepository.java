package vn.doan.nhacviec.data.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.db.InChunks;
import vn.doan.nhacviec.data.retention.RetentionRepository;

/**
 * The outbox table (see V2__outbox.sql): everything the bot sends is stored here first and sent by
 * the dispatcher. Single statements go through {@link JdbcClient}; batches through the
 * {@link JdbcTemplate} underneath, in one transaction each (one commit instead of one per row).
 */
@Repository
public class OutboxRepository {

    static final int BATCH_CHUNK = 1000;
    private static final int ERROR_LENGTH = 500;

    private static final String COLUMNS = "id, chat_id, kind, payload, dedup_key, priority, state, attempts, "
            + "next_attempt_at, created_at, last_error, any_hour";
    private static final String INSERT = "INSERT INTO outbox_message "
            + "(chat_id, kind, payload, dedup_key, priority, state, attempts, next_attempt_at, created_at, any_hour, numbers) "
            + "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)";
    // Both SQLite (3.24+) and PostgreSQL (9.5+) know this clause; rows without a key never conflict.
    private static final String INSERT_UNLESS_DUPLICATE = INSERT + " ON CONFLICT (dedup_key) DO NOTHING";

    private static final String CLAIM_ORDER = " ORDER BY priority DESC, next_attempt_at, id";
    // A row is claimed by one instance only: on PostgreSQL a concurrent claimer waits for the row lock
    // and re-checks the outer condition against the committed row. claimed_by is cleared only when a
    // row goes back to PENDING, so "claimed_by IS NULL" there means "still unclaimed"; it also keeps
    // the planner on the ids of the subquery instead of scanning an index of all pending rows.
    private static final String CLAIM_PENDING = "UPDATE outbox_message SET state = 'SENDING', claimed_by = :claim, "
            + "claimed_until = :until WHERE id IN (SELECT id FROM outbox_message "
            + "WHERE state = 'PENDING' AND next_attempt_at <= :now" + CLAIM_ORDER + " LIMIT :max) "
            + "AND claimed_by IS NULL";
    // Rows whose instance died while sending them.
    private static final String CLAIM_EXPIRED = "UPDATE outbox_message SET claimed_by = :claim, claimed_until = :until "
            + "WHERE id IN (SELECT id FROM outbox_message WHERE state = 'SENDING' AND claimed_until < :now"
            + CLAIM_ORDER + " LIMIT :max) AND state = 'SENDING' AND claimed_until < :now";
    private static final String CLAIMED = "SELECT " + COLUMNS + " FROM outbox_message "
            + "WHERE state = 'SENDING' AND claimed_by = ?" + CLAIM_ORDER;

    // SENT and FAILED rows keep claimed_by: which instance sent them.
    private static final String MARK_SENT = "UPDATE outbox_message SET state = 'SENT', sent_at = ?, "
            + "platform_message_id = ? WHERE id = ?";
    private static final String RESCHEDULE = "UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, "
            + "last_error = ?, attempts = attempts + ?, claimed_by = NULL, claimed_until = NULL "
            + "WHERE id = ? AND state = 'SENDING'";
    private static final String RELEASE = "UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, "
            + "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'SENDING'";
    private static final String MARK_FAILED = "UPDATE outbox_message SET state = 'FAILED', last_error = ?, "
            + "attempts = attempts + ? WHERE id = ? AND state IN ('PENDING', 'SENDING')";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final GroupCommit commits;
    private final AtomicLong claims = new AtomicLong();

    private final RowMapper<OutboxEntry> mapper = (rs, i) -> new OutboxEntry(
            rs.getLong("id"),
            rs.getLong("chat_id"),
            MessageKind.valueOf(rs.getString("kind")),
            JSON.readValue(rs.getString("payload"), OutgoingMessage.class),
            rs.getInt("attempts"),
            rs.getInt("priority"),
            rs.getString("dedup_key"),
            OutboxState.valueOf(rs.getString("state")),
            Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
            Instant.ofEpochMilli(rs.getLong("created_at")),
            rs.getString("last_error"),
            rs.getInt("any_hour") == 1);

    public OutboxRepository(JdbcTemplate jdbcTemplate, TransactionOperations transactions, Clock clock) {
        this(jdbcTemplate, transactions, clock, GroupCommit.NONE);
    }

    @Autowired
    public OutboxRepository(JdbcTemplate jdbcTemplate, TransactionOperations transactions, Clock clock, GroupCommit commits) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transactions = transactions;
        this.clock = clock;
        this.commits = commits;
    }

    /**
     * Stores one message.
     *
     * @param dedupKey null, or a key: a second message with the same key is not stored
     * @return the id of the stored row, or of the row already stored under {@code dedupKey}
     */
    public long enqueue(long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority,
            Instant notBefore) {
        return enqueue(new NewOutboxMessage(chatId, kind, payload, dedupKey, priority, notBefore));
    }

    public long enqueue(NewOutboxMessage message) {
        String json = JSON.writeValueAsString(message.payload());
        return commits.write(() -> insert(message, json));
    }

    private long insert(NewOutboxMessage message, String json) {
        String dedupKey = message.dedupKey();
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql(dedupKey == null ? INSERT : INSERT_UNLESS_DUPLICATE)
                .params(message.chatId(), message.kind().name(), json, dedupKey, message.priority(),
                        message.notBefore().toEpochMilli(), clock.millis(), message.anyHour() ? 1 : 0, numbers(message))
                .update(key, "id");
        if (inserted == 1) {
            return key.getKeyAs(Number.class).longValue();
        }
        return jdbc.sql("SELECT id FROM outbox_message WHERE dedup_key = ?").param(dedupKey)
                .query(Long.class).single();
    }

    /** 'I' for a message stored as numbering items, 'O' for one showing numbered options; other items are marked 'I' when recorded. */
    private static String numbers(NewOutboxMessage message) {
        if (message.numbersItems()) {
            return NumberedMessages.ITEMS;
        }
        return message.payload().showsNumberedOptions() ? NumberedMessages.OPTIONS : null;
    }

    /**
     * Stores many messages with JDBC batches in one transaction; messages whose dedup key is already
     * stored are skipped.
     *
     * @return how many rows were stored, as far as the driver reports it
     */
    public int enqueueAll(Collection<NewOutboxMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        long createdAt = clock.millis();
        ParameterizedPreparedStatementSetter<NewOutboxMessage> setter = (ps, m) -> {
            ps.setLong(1, m.chatId());
            ps.setString(2, m.kind().name());
            ps.setString(3, JSON.writeValueAsString(m.payload()));
            setNullableString(ps, 4, m.dedupKey());
            ps.setInt(5, m.priority());
            ps.setLong(6, m.notBefore().toEpochMilli());
            ps.setLong(7, createdAt);
            ps.setInt(8, m.anyHour() ? 1 : 0);
            setNullableString(ps, 9, numbers(m));
        };
        Integer stored = transactions.execute(status -> {
            int[][] counts = jdbcTemplate.batchUpdate(INSERT_UNLESS_DUPLICATE, messages, BATCH_CHUNK, setter);
            int total = 0;
            for (int[] chunk : counts) {
                for (int count : chunk) {
                    total += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
                }
            }
            return total;
        });
        return stored == null ? 0 : stored;
    }

    /**
     * Claims up to {@code max} ready rows for {@code instanceId}: rows whose claim expired (their
     * instance died while sending them), then pending rows that are due, by priority, then due time,
     * then age. Each call claims under its own token so the rows of an earlier claim that are still
     * being sent are not returned again.
     */
    public List<OutboxEntry> claim(String instanceId, int max, Duration lease) {
        long now = clock.millis();
        String claim = instanceId + "#" + claims.incrementAndGet();
        int claimed = claimWith(CLAIM_EXPIRED, claim, now, lease, max);
        if (claimed < max) {
            claimed += claimWith(CLAIM_PENDING, claim, now, lease, max - claimed);
        }
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql(CLAIMED).param(claim).query(mapper).list();
    }

    private int claimWith(String sql, String claim, long now, Duration lease, int max) {
        return jdbc.sql(sql)
                .param("claim", claim)
                .param("until", now + lease.toMillis())
                .param("now", now)
                .param("max", max)
                .update();
    }

    public void markSent(long id, String platformMessageId) {
        jdbc.sql(MARK_SENT).params(clock.millis(), platformMessageId, id).update();
    }

    /** Back to pending until {@code next}, keeping {@code error} as the last error. */
    public void reschedule(long id, Instant next, String error, boolean countAttempt) {
        jdbc.sql(RESCHEDULE).params(next.toEpochMilli(), truncate(error), countAttempt ? 1 : 0, id).update();
    }

    /** Back to pending until {@code next} without counting an attempt. */
    public void release(long id, Instant next) {
        jdbc.sql(RELEASE).params(next.toEpochMilli(), id).update();
    }

    /** Given up without counting an attempt (e.g. the chat is inactive). */
    public void markFailed(long id, String error) {
        markFailed(id, error, false);
    }

    public void markFailed(long id, String error, boolean countAttempt) {
        jdbc.sql(MARK_FAILED).params(truncate(error), countAttempt ? 1 : 0, id).update();
    }

    /** Stores many outcomes in one transaction, one JDBC batch per kind of change. */
    public void applyAll(Collection<? extends OutboxStatusChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<OutboxStatusChange.Sent> sent = new ArrayList<>();
        List<OutboxStatusChange.Rescheduled> rescheduled = new ArrayList<>();
        List<OutboxStatusChange.Released> released = new ArrayList<>();
        List<OutboxStatusChange.Failed> failed = new ArrayList<>();
        for (OutboxStatusChange change : changes) {
            if (change instanceof OutboxStatusChange.Sent s) {
                sent.add(s);
            } else if (change instanceof OutboxStatusChange.Rescheduled r) {
                rescheduled.add(r);
            } else if (change instanceof OutboxStatusChange.Released r) {
                released.add(r);
            } else if (change instanceof OutboxStatusChange.Failed f) {
                failed.add(f);
            }
        }
        long now = clock.millis();
        transactions.executeWithoutResult(status -> {
            batch(MARK_SENT, sent, (ps, s) -> {
                ps.setLong(1, now);
                setNullableString(ps, 2, s.platformMessageId());
                ps.setLong(3, s.id());
            });
            redactCodes(sent);
            batch(RESCHEDULE, rescheduled, (ps, r) -> {
                ps.setLong(1, r.next().toEpochMilli());
                setNullableString(ps, 2, truncate(r.error()));
                ps.setInt(3, r.countAttempt() ? 1 : 0);
                ps.setLong(4, r.id());
            });
            batch(RELEASE, released, (ps, r) -> {
                ps.setLong(1, r.next().toEpochMilli());
                ps.setLong(2, r.id());
            });
            batch(MARK_FAILED, failed, (ps, f) -> {
                setNullableString(ps, 1, truncate(f.error()));
                ps.setInt(2, f.countAttempt() ? 1 : 0);
                ps.setLong(3, f.id());
            });
        });
    }

    /** Masks the codes (invites) of the rows just sent: a sent code has nothing to do in the database any more. */
    private void redactCodes(List<OutboxStatusChange.Sent> sent) {
        for (List<OutboxStatusChange.Sent> chunk : InChunks.of(sent)) {
            String in = InChunks.marks(chunk);
            List<Object> args = new ArrayList<>();
            chunk.forEach(s -> args.add(s.id()));
            args.add("%" + CodeSpan.START + "%");
            List<Object[]> redacted = jdbc.sql("SELECT id, payload FROM outbox_message WHERE id IN (" + in + ") AND payload LIKE ?")
                    .params(args)
                    .query((rs, i) -> new Object[] {JSON.writeValueAsString(CodeSpan.redacted(JSON.readValue(rs.getString(2), OutgoingMessage.class))),
                            rs.getLong(1)})
                    .list();
            if (!redacted.isEmpty()) {
                jdbcTemplate.batchUpdate("UPDATE outbox_message SET payload = ? WHERE id = ?", redacted);
            }
        }
    }

    public Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?").param(id).query(mapper).optional();
    }

    /** The ids of the rows stored under these dedup keys, by key. */
    public Map<String, Long> idsByDedupKey(Collection<String> dedupKeys) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : InChunks.of(dedupKeys)) {
            String in = InChunks.marks(chunk);
            jdbc.sql("SELECT id, dedup_key FROM outbox_message WHERE dedup_key IN (" + in + ")")
                    .params(chunk.toArray())
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return ids;
    }

    /**
     * The time zone of each chat's recipient: the zone of a unit bound to the chat (the first bound),
     * absent for chats bound to none (private chats), which use the default zone.
     */
    public Map<Long, ZoneId> recipientZones(Collection<Long> chatIds) {
        Map<Long, ZoneId> zones = new HashMap<>();
        for (List<Long> chunk : InChunks.of(chatIds)) {
            String in = InChunks.marks(chunk);
            jdbc.sql("SELECT b.chat_id, u.time_zone FROM chat_binding b JOIN unit u ON u.id = b.unit_id "
                            + "WHERE b.chat_id IN (" + in + ") ORDER BY b.chat_id, b.bound_at, b.unit_id")
                    .params(chunk.toArray())
                    .query(rs -> {
                        zones.putIfAbsent(rs.getLong(1), ZoneId.of(rs.getString(2)));
                    });
        }
        return zones;
    }

    /** Failed messages, newest first, for admins. */
    public List<OutboxEntry> listFailed(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE state = 'FAILED' ORDER BY id DESC LIMIT ?")
                .param(limit).query(mapper).list();
    }

    /** The platform's id of a sent message (Telegram edits need it); empty if not sent (yet). */
    public Optional<String> platformMessageId(long outboxId) {
        return jdbc.sql("SELECT platform_message_id FROM outbox_message WHERE id = ? AND state = 'SENT'")
                .param(outboxId).query(String.class).optional();
    }

    /** How many rows are in each state; states without rows count 0. */
    public Map<OutboxState, Long> countByState() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("SELECT state, COUNT(*) AS n FROM outbox_message GROUP BY state")
                .query(rs -> {
                    counts.put(OutboxState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return counts;
    }

    /** Whether a row is being sent or is due by {@code now}: one indexed look, cheap enough to poll. */
    public boolean hasWorkDueBy(Instant now) {
        return jdbc.sql("SELECT 1 FROM outbox_message WHERE state = 'SENDING' "
                        + "OR (state = 'PENDING' AND next_attempt_at <= ?) LIMIT 1")
                .param(now.toEpochMilli()).query(Integer.class).optional().isPresent();
    }

    /** When the earliest pending row becomes due, if there is one. */
    public Optional<Instant> nextDueAt() {
        return jdbc.sql("SELECT MIN(next_attempt_at) FROM outbox_message WHERE state = 'PENDING'")
                .query((ResultSet rs) -> {
                    if (!rs.next()) {
                        return Optional.<Instant>empty();
                    }
                    long next = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(next));
                });
    }

    /**
     * Deletes sent rows older than {@code before} with what refers to them (message items, pending
     * answers), in batches: the table otherwise grows with every message.
     */
    public int deleteSentBefore(Instant before) {
        RetentionRepository retention = new RetentionRepository(jdbcTemplate, transactions);
        int total = 0;
        for (int deleted = retention.deleteSentOutbox(before, InChunks.SIZE); ; deleted = retention.deleteSentOutbox(before, InChunks.SIZE)) {
            total += deleted;
            if (deleted < InChunks.SIZE) {
                return total;
            }
        }
    }

    /** How many rows are in each kind and state; combinations without rows are left out. */
    public Map<MessageKind, Map<OutboxState, Long>> countByKindAndState() {
        Map<MessageKind, Map<OutboxState, Long>> counts = new EnumMap<>(MessageKind.class);
        jdbc.sql("SELECT kind, state, COUNT(*) AS n FROM outbox_message GROUP BY kind, state")
                .query(rs -> {
                    counts.computeIfAbsent(MessageKind.valueOf(rs.getString("kind")), k -> new EnumMap<>(OutboxState.class))
                            .put(OutboxState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return counts;
    }

    private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(sql, rows, BATCH_CHUNK, setter);
        }
    }

    private static void setNullableString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
