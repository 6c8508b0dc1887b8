package vn.doan.nhacviec.data.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.InChunks;

/**
 * The stages of occurrences the reminder engine has handled ({@code reminder_sent}). A stage is
 * taken by inserting its row; the primary key lets only one run take it, whatever the number of
 * runs or instances.
 */
@Repository
public class ReminderSentRepository {

    private static final String TAKE = "INSERT INTO reminder_sent (occurrence_id, stage, stage_day, sent_at, chats, run_id) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (occurrence_id, stage) DO NOTHING";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    public ReminderSentRepository(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
    }

    /** The handled stages of these occurrences, by occurrence. */
    public Map<Long, List<StageMark>> marksOf(Collection<Long> occurrenceIds) {
        Map<Long, List<StageMark>> marks = new HashMap<>();
        for (List<Long> chunk : InChunks.of(occurrenceIds)) {
            String in = InChunks.marks(chunk);
            jdbc.sql("SELECT occurrence_id, stage, stage_day FROM reminder_sent WHERE occurrence_id IN (" + in + ")")
                    .params(chunk.toArray())
                    .query((rs, i) -> new StageMark(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3))))
                    .list()
                    .forEach(mark -> marks.computeIfAbsent(mark.occurrenceId(), k -> new ArrayList<>()).add(mark));
        }
        return marks;
    }

    /**
     * Takes the stages for {@code runId} in one JDBC batch; a stage another run took already is left
     * alone. Call it in the transaction that stores the messages.
     *
     * @param runId unique per call
     * @return the stages this call took
     */
    public Set<StageMark> take(Collection<StageClaim> claims, String runId, Instant at) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        template.batchUpdate(TAKE, claims, 1000, (ps, c) -> {
            ps.setLong(1, c.occurrenceId());
            ps.setString(2, c.stage());
            ps.setString(3, c.stageDay().toString());
            ps.setLong(4, at.toEpochMilli());
            ps.setInt(5, c.chats());
            ps.setString(6, runId);
        });
        // Batch update counts for ON CONFLICT DO NOTHING differ between drivers; the run id does not.
        return new HashSet<>(jdbc.sql("SELECT occurrence_id, stage, stage_day FROM reminder_sent WHERE run_id = ?")
                .param(runId)
                .query((rs, i) -> new StageMark(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3))))
                .list());
    }

    /** Forgets the stages handled for an occurrence whose deadline moved, so its reminders start again for the new date. */
    public void forget(long occurrenceId) {
        jdbc.sql("DELETE FROM reminder_sent WHERE occurrence_id = ?").param(occurrenceId).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_sent").query(Long.class).single();
    }
}
