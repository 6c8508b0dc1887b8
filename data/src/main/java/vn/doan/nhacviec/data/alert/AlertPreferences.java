package vn.doan.nhacviec.data.alert;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which kinds of supervisor notices each person switched off (everything is on until switched off). */
@Repository
public class AlertPreferences {

    private final JdbcClient jdbc;

    public AlertPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<AlertKind> switchedOff(long personId) {
        Set<AlertKind> off = EnumSet.noneOf(AlertKind.class);
        jdbc.sql("SELECT kind FROM alert_opt_out WHERE person_id = ?").param(personId).query(String.class).list()
                .forEach(kind -> off.add(AlertKind.valueOf(kind)));
        return off;
    }

    public void set(long personId, AlertKind kind, boolean on) {
        if (on) {
            jdbc.sql("DELETE FROM alert_opt_out WHERE person_id = ? AND kind = ?").params(personId, kind.name()).update();
        } else {
            jdbc.sql("INSERT INTO alert_opt_out (person_id, kind) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM alert_opt_out WHERE person_id = ? AND kind = ?)")
                    .params(personId, kind.name(), personId, kind.name()).update();
        }
    }
}
