package vn.doan.nhacviec.data.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PlanRepository {

    private static final String COLUMNS = "id, code, number, title, issued_on, issuer_code, source_file, in_force_from, in_force_until, ended_on";
    private static final RowMapper<Plan> MAPPER = (rs, i) -> new Plan(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), LocalDate.parse(rs.getString(5)), rs.getString(6), rs.getString(7),
            LocalDate.parse(rs.getString(8)), date(rs.getString(9)), date(rs.getString(10)));

    private final JdbcClient jdbc;
    private final Clock clock;

    public PlanRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Plan> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan WHERE code = ?").param(code).query(MAPPER).optional();
    }

    public Optional<Plan> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan WHERE id = ?").param(id).query(MAPPER).optional();
    }

    public List<Plan> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan ORDER BY issued_on, code").query(MAPPER).list();
    }

    /** Inserts the plan or updates it to the file's definition; an admin's end date is kept. */
    public Plan save(PlanDefinition plan) {
        String json = CatalogJson.write(plan);
        String until = plan.inForceUntil() == null ? null : plan.inForceUntil().toString();
        if (findByCode(plan.code()).isPresent()) {
            jdbc.sql("UPDATE plan SET number = ?, title = ?, issued_on = ?, issuer_code = ?, source_file = ?, in_force_from = ?, "
                            + "in_force_until = ?, definition = ? WHERE code = ?")
                    .params(plan.number(), plan.title(), issuedOn(plan), plan.issuer(), plan.sourceFile(),
                            plan.effectiveFrom().toString(), until, json, plan.code())
                    .update();
        } else {
            jdbc.sql("INSERT INTO plan (code, number, title, issued_on, issuer_code, source_file, in_force_from, in_force_until, "
                            + "definition, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(plan.code(), plan.number(), plan.title(), issuedOn(plan), plan.issuer(), plan.sourceFile(),
                            plan.effectiveFrom().toString(), until, json, clock.millis())
                    .update();
        }
        return findByCode(plan.code()).orElseThrow();
    }

    /** An admin ends a plan (or, with null, lets it run to the end of its term again). */
    public void end(long planId, LocalDate lastDay) {
        jdbc.sql("UPDATE plan SET ended_on = ? WHERE id = ?").params(lastDay == null ? null : lastDay.toString(), planId).update();
    }

    /** Keeps a plan in force at least until {@code day} (the demo uses this, and says so). */
    public void extendUntil(long planId, LocalDate day) {
        jdbc.sql("UPDATE plan SET in_force_until = ?, ended_on = NULL WHERE id = ?").params(day.toString(), planId).update();
    }

    private static String issuedOn(PlanDefinition plan) {
        return (plan.date() != null ? plan.date() : plan.effectiveFrom()).toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
