package vn.doan.nhacviec.data.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The status log. Rows are only ever inserted. */
@Repository
public class StatusLogRepository {

    private static final String COLUMNS = "s.id, s.occurrence_id, s.person_id, s.chat_id, s.recorded_at, s.raw_text, s.meaning, "
            + "s.quantity, s.total, s.done_on, s.postpone_to, s.note";
    private static final RowMapper<StatusUpdate> MAPPER = (rs, i) -> new StatusUpdate(rs.getLong(1), rs.getLong(2),
            rs.getObject(3) == null ? null : rs.getLong(3), rs.getObject(4) == null ? null : rs.getLong(4),
            Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), StatusMeaning.valueOf(rs.getString(7)),
            rs.getObject(8) == null ? null : rs.getDouble(8), rs.getObject(9) == null ? null : rs.getInt(9),
            date(rs.getString(10)), date(rs.getString(11)), rs.getString(12));

    private final JdbcClient jdbc;

    public StatusLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(long occurrenceId, Long personId, Long chatId, Instant at, String rawText, StatusEntry entry) {
        jdbc.sql("INSERT INTO status_update (occurrence_id, person_id, chat_id, recorded_at, raw_text, meaning, quantity, total, "
                        + "done_on, postpone_to, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(occurrenceId, personId, chatId, at.toEpochMilli(), rawText, entry.meaning().name(), entry.quantity(),
                        entry.total(), str(entry.doneOn()), str(entry.postponeTo()), entry.note())
                .update();
        // an answer may change what is reminded next («nhắc lại mai», a partial count): the reminder run works it out again
        jdbc.sql("UPDATE occurrence SET next_remind_at = NULL WHERE id = ? AND state = 'OPEN'").param(occurrenceId).update();
    }

    /** Which of these items have an answer logged at or after {@code since}. */
    public java.util.Set<Long> answeredSince(java.util.Collection<Long> occurrenceIds, Instant since) {
        if (occurrenceIds.isEmpty()) {
            return java.util.Set.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(occurrenceIds.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(occurrenceIds);
        params.add(since.toEpochMilli());
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT occurrence_id FROM status_update WHERE occurrence_id IN (" + marks
                        + ") AND recorded_at >= ?")
                .params(params).query(Long.class).list());
    }

    public List<StatusUpdate> forOccurrence(long occurrenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM status_update s WHERE s.occurrence_id = ? ORDER BY s.id")
                .param(occurrenceId).query(MAPPER).list();
    }

    /** The latest updates about any occurrence of a unit, newest first. */
    public List<StatusUpdate> recentForUnit(long unitId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM status_update s JOIN occurrence o ON o.id = s.occurrence_id "
                        + "WHERE o.unit_id = ? ORDER BY s.recorded_at DESC, s.id DESC LIMIT ?")
                .params(unitId, limit).query(MAPPER).list();
    }

    /** Updates with this meaning recorded at or after {@code since}, oldest first. */
    public List<StatusUpdate> recordedSince(StatusMeaning meaning, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM status_update s WHERE s.recorded_at >= ? AND s.meaning = ? "
                        + "ORDER BY s.recorded_at, s.id")
                .params(since.toEpochMilli(), meaning.name()).query(MAPPER).list();
    }

    public Optional<StatusUpdate> latest(long occurrenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM status_update s WHERE s.occurrence_id = ? ORDER BY s.id DESC LIMIT 1")
                .param(occurrenceId).query(MAPPER).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM status_update").query(Long.class).single();
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
