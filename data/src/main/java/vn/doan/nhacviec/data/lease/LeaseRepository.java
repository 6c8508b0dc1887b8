package vn.doan.nhacviec.data.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Named leases in the database: one holder at a time, until the lease expires unless renewed. One
 * statement takes or renews it (an upsert that only overwrites an expired lease or one's own), so two
 * instances asking at once cannot both get it, on SQLite as on PostgreSQL.
 */
@Repository
public class LeaseRepository {

    private static final String TAKE = "INSERT INTO polling_lease (name, holder, expires_at) VALUES (?, ?, ?) "
            + "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
            + "WHERE polling_lease.holder = excluded.holder OR polling_lease.expires_at <= ?";

    private final JdbcClient jdbc;

    public LeaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes or renews the lease {@code name} for {@code holder} until {@code now + ttl}; false if another holds it. */
    public boolean tryHold(String name, String holder, Instant now, Duration ttl) {
        return jdbc.sql(TAKE).params(name, holder, now.plus(ttl).toEpochMilli(), now.toEpochMilli()).update() == 1;
    }

    /** Gives the lease up at once (a clean stop), so another instance need not wait for it to expire. */
    public void release(String name, String holder) {
        jdbc.sql("DELETE FROM polling_lease WHERE name = ? AND holder = ?").params(name, holder).update();
    }

    /** Who holds the lease now, if anyone. */
    public Optional<String> holder(String name, Instant now) {
        return jdbc.sql("SELECT holder FROM polling_lease WHERE name = ? AND expires_at > ?")
                .params(name, now.toEpochMilli()).query(String.class).optional();
    }
}
