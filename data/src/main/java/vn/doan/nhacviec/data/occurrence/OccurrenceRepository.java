package vn.doan.nhacviec.data.occurrence;

import vn.doan.nhacviec.data.db.WriterTurns;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OccurrenceRepository {

    static final String COLUMNS = "o.id, o.obligation_id, o.unit_id, o.period_key, o.period_start, o.period_end, o.deadline, "
            + "o.due_at, o.state, o.quantity, o.closed_at, o.original_deadline";
    public static final RowMapper<Occurrence> MAPPER = (rs, i) -> new Occurrence(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)),
            LocalDate.parse(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)), OccurrenceState.valueOf(rs.getString(9)),
            rs.getDouble(10), rs.getObject(11) == null ? null : Instant.ofEpochMilli(rs.getLong(11)),
            rs.getString(12) == null ? null : LocalDate.parse(rs.getString(12)));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    public OccurrenceRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /**
     * Creates the occurrences that don't exist yet, in JDBC batches committed together (one commit
     * rather than one per row, which matters at national scale); returns how many were new.
     */
    public int createMissing(List<NewOccurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return 0;
        }
        long now = clock.millis();
        return template.execute((ConnectionCallback<Integer>) connection -> {
            boolean ownCommit = connection.getAutoCommit();
            if (ownCommit) {
                connection.setAutoCommit(false);
            }
            WriterTurns turns = ownCommit ? WriterTurns.of(connection) : WriterTurns.NONE;
            try (PreparedStatement ps = connection.prepareStatement(INSERT_MISSING)) {
                int created = 0;
                int pending = 0;
                int batches = 0;
                for (NewOccurrence o : occurrences) {
                    ps.setLong(1, o.obligationId());
                    ps.setLong(2, o.unitId());
                    ps.setString(3, o.periodKey());
                    ps.setString(4, o.periodStart().toString());
                    ps.setString(5, o.periodEnd().toString());
                    ps.setString(6, o.deadline().toString());
                    ps.setLong(7, o.dueAt().toEpochMilli());
                    ps.setLong(8, now);
                    ps.addBatch();
                    if (++pending == 1000) {
                        created += sum(ps.executeBatch());
                        pending = 0;
                        if (ownCommit && ++batches % BATCHES_PER_COMMIT == 0) {
                            // committed in parts (it is idempotent): SQLite's one writer is not held for a whole re-plan
                            connection.commit();
                            turns.yieldTurn();
                        }
                    }
                }
                if (pending > 0) {
                    created += sum(ps.executeBatch());
                }
                if (ownCommit) {
                    connection.commit();
                }
                return created;
            } catch (java.sql.SQLException | RuntimeException e) {
                if (ownCommit) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownCommit) {
                    connection.setAutoCommit(true);
                }
            }
        });
    }

    /** 10,000 rows, a fraction of a second of SQLite's write lock, between two turns of the other writers. */
    private static final int BATCHES_PER_COMMIT = 10;

    private static final String INSERT_MISSING = "INSERT INTO occurrence (obligation_id, unit_id, period_key, period_start, "
            + "period_end, deadline, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (obligation_id, unit_id, period_key) DO NOTHING";

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    public Optional<Occurrence> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.id = ?").param(id).query(MAPPER).optional();
    }

    public List<Occurrence> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.id IN (" + marks + ") ORDER BY o.due_at, o.id")
                .params(ids.toArray()).query(MAPPER).list();
    }

    /**
     * Open occurrences of a unit whose period has started by {@code startedBy} or that are due
     * before {@code dueBefore}, soonest first.
     */
    public List<Occurrence> openForUnit(long unitId, LocalDate startedBy, Instant dueBefore) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.unit_id = ? AND o.state = 'OPEN' "
                        + "AND (o.period_start <= ? OR o.due_at < ?) ORDER BY o.due_at, o.id")
                .params(unitId, startedBy.toString(), dueBefore.toEpochMilli()).query(MAPPER).list();
    }

    /** Every occurrence of a unit due in [from, to), any state, soonest first. */
    public List<Occurrence> dueBetween(long unitId, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.unit_id = ? AND o.due_at >= ? AND o.due_at < ? "
                        + "ORDER BY o.due_at, o.id")
                .params(unitId, from.toEpochMilli(), to.toEpochMilli()).query(MAPPER).list();
    }

    /**
     * Open occurrences due in [from, to) of units in one of {@code zones}, soonest first: what the
     * reminder run looks at (served by the index on state and due_at).
     */
    public List<Occurrence> openDueBetween(Instant from, Instant to, Collection<String> zones) {
        if (zones.isEmpty()) {
            return List.of();
        }
        String in = zones.stream().map(z -> "?").collect(Collectors.joining(","));
        List<Object> params = new ArrayList<>(List.of(from.toEpochMilli(), to.toEpochMilli()));
        params.addAll(zones);
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o JOIN unit u ON u.id = o.unit_id "
                        + "WHERE o.state = 'OPEN' AND o.due_at >= ? AND o.due_at < ? AND u.time_zone IN (" + in + ") "
                        + "ORDER BY o.due_at, o.id")
                .params(params).query(MAPPER).list();
    }

    /**
     * Open occurrences of units in one of {@code zones}: those due in [from, to) whose next reminder
     * stage has come by {@code now}, and those, due whenever, whose next reminder is not worked out yet
     * (NULL), soonest first. What the reminder run looks at: one range of the index on state and
     * next_remind_at, and its NULLs.
     */
    public List<Occurrence> openToRemind(Instant now, Instant from, Instant to, Collection<String> zones) {
        if (zones.isEmpty()) {
            return List.of();
        }
        String in = " AND u.time_zone IN (" + zones.stream().map(z -> "?").collect(Collectors.joining(",")) + ")";
        List<Object> params = new ArrayList<>(List.of(now.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli()));
        params.addAll(zones);
        params.addAll(zones);
        String select = "SELECT " + COLUMNS + " FROM occurrence o JOIN unit u ON u.id = o.unit_id WHERE o.state = 'OPEN' AND ";
        return jdbc.sql(select + "o.next_remind_at <= ? AND o.due_at >= ? AND o.due_at < ?" + in + " UNION ALL "
                        + select + "o.next_remind_at IS NULL" + in + " ORDER BY 8, 1")
                .params(params).query(MAPPER).list();
    }

    /** Up to {@code limit} open occurrences whose next reminder is not worked out, by id. */
    public List<Occurrence> openWithoutNextReminder(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.state = 'OPEN' AND o.next_remind_at IS NULL ORDER BY o.id LIMIT ?")
                .param(limit).query(MAPPER).list();
    }

    /** Stores when each occurrence's next reminder stage falls (null: not worked out), in JDBC batches. */
    public void setNextReminders(Map<Long, Instant> nextByOccurrence) {
        if (nextByOccurrence.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(nextByOccurrence.size());
        nextByOccurrence.forEach((id, next) -> rows.add(new Object[] {next == null ? null : next.toEpochMilli(), id}));
        template.batchUpdate("UPDATE occurrence SET next_remind_at = ? WHERE id = ?", rows,
                new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT});
    }

    /** When the occurrence's next reminder stage falls, empty when none is worked out. */
    public Optional<Instant> nextReminder(long id) {
        return jdbc.sql("SELECT next_remind_at FROM occurrence WHERE id = ?").param(id)
                .query((rs, i) -> rs.getObject(1) == null ? null : Instant.ofEpochMilli(rs.getLong(1)))
                .optional();
    }

    /** Closes as MISSED every open occurrence due before {@code dueBefore}; returns how many. */
    public int markMissed(Instant dueBefore, Instant at) {
        return jdbc.sql("UPDATE occurrence SET state = 'MISSED', closed_at = ?, next_remind_at = NULL WHERE state = 'OPEN' AND due_at < ?")
                .params(at.toEpochMilli(), dueBefore.toEpochMilli()).update();
    }

    public Optional<Occurrence> find(long obligationId, long unitId, String periodKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM occurrence o WHERE o.obligation_id = ? AND o.unit_id = ? AND o.period_key = ?")
                .params(obligationId, unitId, periodKey).query(MAPPER).optional();
    }

    /** Closes an open occurrence; returns false if it was already closed (nothing changes then). */
    public boolean close(long id, OccurrenceState state, Instant at) {
        return jdbc.sql("UPDATE occurrence SET state = ?, closed_at = ?, next_remind_at = NULL WHERE id = ? AND state = 'OPEN'")
                .params(state.name(), at.toEpochMilli(), id).update() == 1;
    }

    /**
     * Moves an open occurrence's deadline, keeping the first one it had; returns false if it is
     * closed (nothing changes then). Its reminder stages move with it: the next one is worked out again.
     */
    public boolean extend(long id, LocalDate newDeadline, Instant newDueAt) {
        return jdbc.sql("UPDATE occurrence SET original_deadline = COALESCE(original_deadline, deadline), deadline = ?, due_at = ?, "
                        + "next_remind_at = NULL "
                        + "WHERE id = ? AND state = 'OPEN'")
                .params(newDeadline.toString(), newDueAt.toEpochMilli(), id).update() == 1;
    }

    /** The next reminder of these open occurrences is to be worked out again (an answer, a pause). */
    public void forgetNextReminders(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        jdbc.sql("UPDATE occurrence SET next_remind_at = NULL WHERE state = 'OPEN' AND id IN (" + marks + ")")
                .params(ids.toArray()).update();
    }

    public void addQuantity(long id, double quantity) {
        jdbc.sql("UPDATE occurrence SET quantity = quantity + ? WHERE id = ?").params(quantity, id).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM occurrence").query(Long.class).single();
    }
}
