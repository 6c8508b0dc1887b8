package vn.doan.nhacviec.data.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paths units had before a reform moved them (table {@code unit_former_path}), so that a plan
 * keeps binding the units that were in its issuer's subtree when it was issued.
 */
@Repository
public class FormerPaths {

    private final JdbcClient jdbc;
    private final Clock clock;

    public FormerPaths(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the current path of every unit strictly under {@code parentPath}, valid until {@code until} (exclusive). */
    public int keepPathsUnder(String parentPath, LocalDate until) {
        return jdbc.sql("INSERT INTO unit_former_path (unit_id, path, valid_until, recorded_at) "
                        + "SELECT id, path, ?, ? FROM unit WHERE path LIKE ? AND path <> ?")
                .params(until.toString(), clock.millis(), parentPath + "%", parentPath).update();
    }

    /** Every former path, for computing which plans bind which units. */
    public UnitLineage lineage() {
        Map<Long, List<UnitLineage.FormerPath>> byUnit = new HashMap<>();
        jdbc.sql("SELECT unit_id, path, valid_until FROM unit_former_path ORDER BY valid_until, id")
                .query((rs, i) -> {
                    byUnit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new UnitLineage.FormerPath(rs.getString(2), LocalDate.parse(rs.getString(3))));
                    return null;
                }).list();
        return new UnitLineage(byUnit);
    }
}
