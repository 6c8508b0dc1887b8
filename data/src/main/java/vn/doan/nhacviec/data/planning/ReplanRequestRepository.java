package vn.doan.nhacviec.data.planning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of re-plans: written in the admin's transaction, drained by the planning job. */
@Repository
public class ReplanRequestRepository {

    private static final RowMapper<ReplanRequest> MAPPER = (rs, i) -> new ReplanRequest(rs.getLong(1), rs.getString(2),
            rs.getObject(3) == null ? null : rs.getLong(3), rs.getInt(4) == 1, rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
            rs.getObject(7) == null ? null : rs.getLong(7));

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReplanRequestRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(ReplanRequest request) {
        jdbc.sql("INSERT INTO replan_request (unit_path, obligation_id, look_back, reason, requested_at, requested_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(request.unitPath(), request.obligationId(), request.lookBack() ? 1 : 0, request.reason(), clock.millis(),
                        request.requestedBy())
                .update();
    }

    /** Requests not done yet, oldest first. */
    public List<ReplanRequest> pending(int limit) {
        return jdbc.sql("SELECT id, unit_path, obligation_id, look_back, reason, requested_at, requested_by FROM replan_request "
                        + "WHERE done_at IS NULL ORDER BY id LIMIT ?")
                .param(limit).query(MAPPER).list();
    }

    public long countPending() {
        return jdbc.sql("SELECT COUNT(*) FROM replan_request WHERE done_at IS NULL").query(Long.class).single();
    }

    public void markDone(long id, int created, int closed) {
        jdbc.sql("UPDATE replan_request SET done_at = ?, created = ?, closed = ? WHERE id = ?")
                .params(clock.millis(), created, closed, id).update();
    }
}
