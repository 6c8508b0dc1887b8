package vn.doan.nhacviec.data.alert;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The supervisor notices nobody could receive: recorded once each (by dedup key), listed, summarised once. */
@Repository
public class UndeliveredRepository {

    private static final String COLUMNS = "n.id, n.unit_id, n.kind, n.summary, n.created_at, n.summarized_at";
    private static final RowMapper<Undelivered> MAPPER = (rs, i) -> new Undelivered(rs.getLong(1), rs.getLong(2),
            AlertKind.valueOf(rs.getString(3)), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)),
            rs.getObject(6) == null ? null : Instant.ofEpochMilli(rs.getLong(6)));

    private final JdbcClient jdbc;

    public UndeliveredRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the notice unless one with this key was recorded; returns whether it was new. */
    public boolean record(long unitId, AlertKind kind, String summary, String dedupKey, Instant at) {
        String text = summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
        return jdbc.sql("INSERT INTO undelivered_notice (unit_id, kind, summary, dedup_key, created_at) SELECT ?, ?, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM undelivered_notice WHERE dedup_key = ?)")
                .params(unitId, kind.name(), text, dedupKey, at.toEpochMilli(), dedupKey).update() == 1;
    }

    /** The newest ones about units inside the subtree at {@code path}. */
    public List<Undelivered> recentInSubtree(String path, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM undelivered_notice n JOIN unit u ON u.id = n.unit_id WHERE u.path LIKE ? "
                        + "ORDER BY n.created_at DESC, n.id DESC LIMIT ?")
                .params(path + "%", limit).query(MAPPER).list();
    }

    public long countInSubtree(String path) {
        return jdbc.sql("SELECT COUNT(*) FROM undelivered_notice n JOIN unit u ON u.id = n.unit_id WHERE u.path LIKE ?")
                .param(path + "%").query(Long.class).single();
    }

    /** Those not yet in a daily summary, oldest first. */
    public List<Undelivered> notSummarized() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM undelivered_notice n WHERE n.summarized_at IS NULL ORDER BY n.created_at, n.id")
                .query(MAPPER).list();
    }

    /** Marks them summarised; returns how many this call marked (another instance may have marked some). */
    public int markSummarized(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE undelivered_notice SET summarized_at = :at WHERE summarized_at IS NULL AND id IN (:ids)")
                .param("at", at.toEpochMilli()).param("ids", ids).update();
    }

    /** Whether a summary was made at or after {@code since}. */
    public boolean summarizedSince(Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE summarized_at >= ?").param(since.toEpochMilli())
                .query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM undelivered_notice").query(Long.class).single();
    }
}
