package vn.doan.nhacviec.data.postpone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.Inserts;

/** Postponement requests and their decisions. A decision is taken by a conditional update, so only one decider wins. */
@Repository
public class PostponeRequestRepository {

    private static final String COLUMNS = "p.id, p.occurrence_id, p.unit_id, p.requested_by, p.requested_chat_id, p.requested_day, "
            + "p.requested_at, p.state, p.decided_by, p.decided_at, p.reason, p.counter_day";
    private static final RowMapper<PostponeRequestRow> MAPPER = (rs, i) -> new PostponeRequestRow(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), nullableLong(rs.getObject(4)), nullableLong(rs.getObject(5)), LocalDate.parse(rs.getString(6)),
            Instant.ofEpochMilli(rs.getLong(7)), PostponeState.valueOf(rs.getString(8)), nullableLong(rs.getObject(9)),
            rs.getObject(10) == null ? null : Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11),
            rs.getString(12) == null ? null : LocalDate.parse(rs.getString(12)));

    private final JdbcClient jdbc;

    public PostponeRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new pending request; the open requests of the same occurrence are superseded by it. */
    public long create(long occurrenceId, long unitId, Long requestedBy, Long chatId, LocalDate requestedDay, Instant at) {
        jdbc.sql("UPDATE postpone_request SET state = 'SUPERSEDED' WHERE occurrence_id = ? AND state IN ('PENDING', 'COUNTERED')")
                .param(occurrenceId).update();
        return Inserts.returningId(jdbc, "INSERT INTO postpone_request (occurrence_id, unit_id, requested_by, requested_chat_id, "
                        + "requested_day, requested_at, state) VALUES (?, ?, ?, ?, ?, ?, 'PENDING')",
                occurrenceId, unitId, requestedBy, chatId, requestedDay.toString(), at.toEpochMilli());
    }

    /** The occurrence's request still waiting for a supervisor, if any. */
    public Optional<PostponeRequestRow> pendingFor(long occurrenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM postpone_request p WHERE p.occurrence_id = ? AND p.state = 'PENDING' "
                        + "ORDER BY p.id DESC LIMIT 1")
                .param(occurrenceId).query(MAPPER).optional();
    }

    public Optional<PostponeRequestRow> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM postpone_request p WHERE p.id = ?").param(id).query(MAPPER).optional();
    }

    /**
     * Records a decision if the request is still in state {@code from}; returns false if someone
     * decided it first (nothing changes then).
     */
    public boolean decide(long id, PostponeState from, PostponeState to, Long decidedBy, Instant at, String reason,
                          LocalDate counterDay) {
        return jdbc.sql("UPDATE postpone_request SET state = ?, decided_by = ?, decided_at = ?, reason = ?, counter_day = ? "
                        + "WHERE id = ? AND state = ?")
                .params(to.name(), decidedBy, at.toEpochMilli(), reason, counterDay == null ? null : counterDay.toString(), id,
                        from.name())
                .update() == 1;
    }

    /** Pending requests of units inside the subtree at {@code path}, oldest first. */
    public List<PostponeRequestRow> pendingInSubtree(String path, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM postpone_request p JOIN unit u ON u.id = p.unit_id "
                        + "WHERE p.state = 'PENDING' AND u.path LIKE ? ORDER BY p.requested_at, p.id LIMIT ?")
                .params(path + "%", limit).query(MAPPER).list();
    }

    public long countPendingInSubtree(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM postpone_request p JOIN unit u ON u.id = p.unit_id "
                        + "WHERE p.state = 'PENDING' AND u.path LIKE ?")
                .param(path + "%").query(Long.class).single();
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
