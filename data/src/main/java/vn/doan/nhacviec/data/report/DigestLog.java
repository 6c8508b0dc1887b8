package vn.doan.nhacviec.data.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weekly digests already sent: one row per (staff member, week). */
@Repository
public class DigestLog {

    private final JdbcClient jdbc;

    public DigestLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the week's digest for the person; false if it was recorded already (then send nothing). */
    public boolean record(long personId, LocalDate weekStart, Instant at, long overdue) {
        return jdbc.sql("INSERT INTO staff_digest (person_id, week_start, sent_at, overdue) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(personId, weekStart.toString(), at.toEpochMilli(), overdue).update() == 1;
    }

    /** The people whose digest of that week has been sent. */
    public Set<Long> sentFor(LocalDate weekStart) {
        return new HashSet<>(jdbc.sql("SELECT person_id FROM staff_digest WHERE week_start = ?").param(weekStart.toString())
                .query(Long.class).list());
    }
}
