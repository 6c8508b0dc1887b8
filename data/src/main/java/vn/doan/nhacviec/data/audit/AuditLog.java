package vn.doan.nhacviec.data.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log. Entries are only ever appended; admins read them over their subtree. */
@Repository
public class AuditLog {

    private static final RowMapper<AuditEntry> MAPPER = (rs, i) -> new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
            rs.getObject(3) == null ? null : rs.getLong(3), rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5),
            AuditEntry.Outcome.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9));
    private static final String COLUMNS = "a.id, a.at, a.actor_id, a.unit_id, a.action, a.outcome, a.before_text, a.after_text, a.detail";

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void done(Long actorId, Long unitId, String action, String before, String after) {
        append(actorId, unitId, action, AuditEntry.Outcome.DONE, before, after, null);
    }

    public void refused(Long actorId, Long unitId, String action, String detail) {
        append(actorId, unitId, action, AuditEntry.Outcome.REFUSED, null, null, detail);
    }

    private void append(Long actorId, Long unitId, String action, AuditEntry.Outcome outcome, String before, String after, String detail) {
        jdbc.sql("INSERT INTO audit_entry (at, actor_id, unit_id, action, outcome, before_text, after_text, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(clock.millis(), actorId, unitId, action, outcome.name(), before, after, truncate(detail))
                .update();
    }

    /** The newest entries about units inside the subtree at {@code path} (and entries about no unit when {@code includeGlobal}). */
    public List<AuditEntry> recentInSubtree(String path, boolean includeGlobal, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry a LEFT JOIN unit u ON u.id = a.unit_id "
                        + "WHERE u.path LIKE ? OR (? = 1 AND a.unit_id IS NULL) ORDER BY a.at DESC, a.id DESC LIMIT ?")
                .params(path + "%", includeGlobal ? 1 : 0, limit).query(MAPPER).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
