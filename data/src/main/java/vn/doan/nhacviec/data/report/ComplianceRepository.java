package vn.doan.nhacviec.data.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compliance figures of a subtree (all units whose path starts with the root's path, retired units
 * included: their history counts). An occurrence belongs to a period when its last on-time day
 * (the day before its deadline) falls in the period; a quantity when the occurrence's own period
 * overlaps the report's.
 */
@Repository
public class ComplianceRepository {

    private static final String COUNTS = "SUM(CASE WHEN o.state = 'DONE' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.state = 'DONE_LATE' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.state = 'MISSED' OR (o.state = 'OPEN' AND o.due_at <= :now) THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.state = 'EXCUSED' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN o.state = 'OPEN' AND o.due_at > :now THEN 1 ELSE 0 END)";
    private static final String IN_PERIOD = "FROM occurrence o JOIN unit u ON u.id = o.unit_id "
            + "WHERE u.path LIKE :path AND o.deadline > :first AND o.deadline <= :afterLast";
    private static final String OVERDUE_AT = "FROM occurrence o JOIN unit u ON u.id = o.unit_id WHERE u.path LIKE :path "
            + "AND u.retired_at IS NULL AND o.due_at <= :at AND o.created_at <= :at AND (o.closed_at IS NULL OR o.closed_at > :at)";

    private final JdbcClient jdbc;

    public ComplianceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts per obligation, for occurrences of the subtree whose last on-time day is in [first, last]. */
    public Map<Long, ComplianceCounts> byObligation(String path, LocalDate first, LocalDate last, Instant now) {
        return grouped("o.obligation_id", path, first, last, now);
    }

    /** Counts per unit (only units with occurrences in the period). */
    public Map<Long, ComplianceCounts> byUnit(String path, LocalDate first, LocalDate last, Instant now) {
        return grouped("o.unit_id", path, first, last, now);
    }

    /** Quantities reported per (obligation, unit) for the given obligations, over occurrences whose period overlaps [first, last]. */
    public List<QuantityRow> quantities(String path, Collection<Long> obligationIds, LocalDate first, LocalDate last) {
        if (obligationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT o.obligation_id, o.unit_id, SUM(o.quantity) FROM occurrence o JOIN unit u ON u.id = o.unit_id "
                        + "WHERE u.path LIKE :path AND o.period_start <= :last AND o.period_end > :first AND o.obligation_id IN (:ids) "
                        + "GROUP BY o.obligation_id, o.unit_id ORDER BY o.obligation_id, o.unit_id")
                .param("path", path + "%").param("first", first.toString()).param("last", last.toString()).param("ids", obligationIds)
                .query((rs, i) -> new QuantityRow(rs.getLong(1), rs.getLong(2), rs.getDouble(3))).list();
    }

    /** Open occurrences past their deadline at {@code now} in active units of the subtree, by unit (tree order), oldest first. */
    public List<OverdueItem> overdue(String path, Instant now) {
        return jdbc.sql("SELECT o.id, o.unit_id, o.obligation_id, o.period_key, o.deadline, o.due_at, o.original_deadline FROM occurrence o "
                        + "JOIN unit u ON u.id = o.unit_id "
                        + "WHERE u.path LIKE :path AND u.retired_at IS NULL AND o.state = 'OPEN' AND o.due_at <= :now "
                        + "ORDER BY u.path, o.due_at, o.id")
                .param("path", path + "%").param("now", now.toEpochMilli())
                .query((rs, i) -> new OverdueItem(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        LocalDate.parse(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)),
                        rs.getString(7) == null ? null : LocalDate.parse(rs.getString(7))))
                .list();
    }

    /** How many occurrences of the subtree were open past their deadline at {@code at}, as far as the data shows now. */
    public long overdueCountAt(String path, Instant at) {
        return jdbc.sql("SELECT COUNT(*) " + OVERDUE_AT).param("path", path + "%").param("at", at.toEpochMilli()).query(Long.class).single();
    }

    /** How many units of the subtree had occurrences open past their deadline at {@code at}. */
    public long overdueUnitCountAt(String path, Instant at) {
        return jdbc.sql("SELECT COUNT(DISTINCT o.unit_id) " + OVERDUE_AT).param("path", path + "%").param("at", at.toEpochMilli())
                .query(Long.class).single();
    }

    /** Of those overdue at {@code at}, how many fell due after {@code since}. */
    public long overdueCountAtDueAfter(String path, Instant at, Instant since) {
        return jdbc.sql("SELECT COUNT(*) " + OVERDUE_AT + " AND o.due_at > :since")
                .param("path", path + "%").param("at", at.toEpochMilli()).param("since", since.toEpochMilli())
                .query(Long.class).single();
    }

    /** Units of the subtree with the most occurrences overdue at {@code at}: unit id → count, most first. */
    public Map<Long, Long> mostOverdueUnits(String path, Instant at, int limit) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT o.unit_id, COUNT(*) " + OVERDUE_AT + " GROUP BY o.unit_id ORDER BY COUNT(*) DESC, o.unit_id LIMIT :limit")
                .param("path", path + "%").param("at", at.toEpochMilli()).param("limit", limit)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(result);
    }

    /** How many occurrences anywhere fell due before {@code at}. */
    public long dueBefore(Instant at) {
        return jdbc.sql("SELECT COUNT(*) FROM occurrence WHERE due_at < ?").param(at.toEpochMilli()).query(Long.class).single();
    }

    private Map<Long, ComplianceCounts> grouped(String key, String path, LocalDate first, LocalDate last, Instant now) {
        RowMapper<Map.Entry<Long, ComplianceCounts>> mapper = (rs, i) -> Map.entry(rs.getLong(1),
                new ComplianceCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
        Map<Long, ComplianceCounts> result = new LinkedHashMap<>();
        jdbc.sql("SELECT " + key + ", " + COUNTS + " " + IN_PERIOD + " GROUP BY " + key + " ORDER BY " + key)
                .param("path", path + "%").param("first", first.toString()).param("afterLast", last.plusDays(1).toString())
                .param("now", now.toEpochMilli())
                .query(mapper).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
