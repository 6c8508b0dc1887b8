package vn.doan.nhacviec.data.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import vn.doan.nhacviec.data.db.InChunks;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * What re-planning asks of the occurrences: which units already have one of an obligation, which
 * are open in a part of the tree, and closing those that no longer apply (excused, with the reason
 * in the status log; never deleted).
 */
@Repository
public class OccurrenceCoverage {

    private static final String OPEN = "SELECT o.id, o.obligation_id, o.unit_id, o.period_start FROM occurrence o ";
    private static final RowMapper<OpenOccurrence> MAPPER = (rs, i) -> new OpenOccurrence(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            LocalDate.parse(rs.getString(4)));

    private final JdbcClient jdbc;
    private final StatusLogRepository log;
    private final TransactionOperations transactions;

    public OccurrenceCoverage(JdbcClient jdbc, StatusLogRepository log, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.log = log;
        this.transactions = transactions;
    }

    /** The units that have any occurrence of the obligation, whatever its state. */
    public Set<Long> unitsWithAny(long obligationId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT unit_id FROM occurrence WHERE obligation_id = ?")
                .param(obligationId).query(Long.class).list());
    }

    /** Open occurrences of units in the subtree of {@code path} (retired units included). */
    public List<OpenOccurrence> openInSubtree(String path) {
        return jdbc.sql(OPEN + "JOIN unit u ON u.id = o.unit_id WHERE o.state = 'OPEN' AND u.path LIKE ?")
                .param(path + "%").query(MAPPER).list();
    }

    public List<OpenOccurrence> openOf(long obligationId) {
        return jdbc.sql(OPEN + "WHERE o.state = 'OPEN' AND o.obligation_id = ?").param(obligationId).query(MAPPER).list();
    }

    public List<OpenOccurrence> allOpen() {
        return jdbc.sql(OPEN + "WHERE o.state = 'OPEN'").query(MAPPER).list();
    }

    /** Closes the still-open ones as EXCUSED with {@code reason}; returns how many were closed. */
    public int excuse(List<Long> occurrenceIds, Instant at, String reason) {
        if (occurrenceIds.isEmpty()) {
            return 0;
        }
        int closed = 0;
        // a transaction per chunk: SQLite's one writer is not held for a whole re-plan
        for (List<Long> chunk : InChunks.of(occurrenceIds)) {
            Integer count = transactions.execute(status -> {
                int inChunk = 0;
                for (long id : chunk) {
                    int updated = jdbc.sql("UPDATE occurrence SET state = 'EXCUSED', closed_at = ? WHERE id = ? AND state = 'OPEN'")
                            .params(at.toEpochMilli(), id).update();
                    if (updated == 1) {
                        log.append(id, null, null, at, null, StatusEntry.of(StatusMeaning.EXCUSED).withNote(reason));
                        inChunk++;
                    }
                }
                return inChunk;
            });
            closed += count == null ? 0 : count;
        }
        return closed;
    }
}
