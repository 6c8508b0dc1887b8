package vn.doan.nhacviec.data.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.Inserts;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.db.InChunks;

/** Evidence files and their links to the status log. Both only ever grow. */
@Repository
public class EvidenceRepository {

    private static final String COLUMNS = "id, chat_id, person_id, path, media_type, size_bytes, received_at";
    private static final RowMapper<EvidenceFile> MAPPER = (rs, i) -> new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getLong(6), Instant.ofEpochMilli(rs.getLong(7)));
    private final JdbcClient jdbc;

    public EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long chatId, long personId, String path, String mediaType, long sizeBytes, Instant receivedAt) {
        return Inserts.returningId(jdbc, "INSERT INTO evidence_file (chat_id, person_id, path, media_type, size_bytes, received_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", chatId, personId, path, mediaType, sizeBytes, receivedAt.toEpochMilli());
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** Files this person sent in this chat since {@code since} that prove nothing yet, oldest first. */
    public List<Long> unlinked(long chatId, long personId, Instant since) {
        return jdbc.sql("SELECT f.id FROM evidence_file f WHERE f.chat_id = ? AND f.person_id = ? AND f.received_at >= ? "
                        + "AND NOT EXISTS (SELECT 1 FROM status_evidence s WHERE s.evidence_id = f.id) ORDER BY f.id")
                .params(chatId, personId, since.toEpochMilli()).query(Long.class).list();
    }

    /** The status update just logged for this answer: the newest by this person in this chat about this occurrence. */
    public Optional<Long> latestStatusUpdate(long occurrenceId, long personId, long chatId) {
        return jdbc.sql("SELECT id FROM status_update WHERE occurrence_id = ? AND person_id = ? AND chat_id = ? ORDER BY id DESC LIMIT 1")
                .params(occurrenceId, personId, chatId).query(Long.class).optional();
    }

    public void link(long statusUpdateId, long evidenceId) {
        jdbc.sql("INSERT INTO status_evidence (status_update_id, evidence_id) VALUES (?, ?)").params(statusUpdateId, evidenceId).update();
    }

    /** An answer a file proves. */
    public record Proven(long statusUpdateId, long occurrenceId, long unitId, StatusMeaning meaning, Instant recordedAt) {
    }

    /** The answers a file proves, oldest first. */
    public List<Proven> proves(long evidenceId) {
        return jdbc.sql("SELECT s.id, s.occurrence_id, o.unit_id, s.meaning, s.recorded_at FROM status_evidence e "
                        + "JOIN status_update s ON s.id = e.status_update_id JOIN occurrence o ON o.id = s.occurrence_id "
                        + "WHERE e.evidence_id = ? ORDER BY s.id")
                .param(evidenceId)
                .query((rs, i) -> new Proven(rs.getLong(1), rs.getLong(2), rs.getLong(3), StatusMeaning.valueOf(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list();
    }

    /** For each of these status updates that has evidence, its files (oldest first). */
    public Map<Long, List<Long>> evidenceOf(Collection<Long> statusUpdateIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        List<Long> ids = new ArrayList<>(statusUpdateIds);
        for (List<Long> chunk : InChunks.of(ids)) {
            jdbc.sql("SELECT status_update_id, evidence_id FROM status_evidence WHERE status_update_id IN (:ids) "
                            + "ORDER BY status_update_id, evidence_id")
                    .param("ids", chunk)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return result;
    }

    /**
     * How many answers about occurrences of the subtree at {@code path} came with evidence, counting
     * occurrences as the compliance report does (last on-time day in [first, last]).
     */
    public long answersWithEvidence(String path, LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT COUNT(DISTINCT s.id) FROM status_update s JOIN occurrence o ON o.id = s.occurrence_id "
                        + "JOIN unit u ON u.id = o.unit_id WHERE u.path LIKE :path AND o.deadline > :first AND o.deadline <= :afterLast "
                        + "AND EXISTS (SELECT 1 FROM status_evidence e WHERE e.status_update_id = s.id)")
                .param("path", path + "%").param("first", first.toString()).param("afterLast", last.plusDays(1).toString())
                .query(Long.class).single();
    }
}
