package vn.doan.nhacviec.data;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.data.db.Databases;

/** A migrated SQLite database in a temporary directory, with JDBC helpers and a fixed clock. */
public record TestDatabase(HikariDataSource dataSource, JdbcClient jdbc, JdbcTemplate template, Clock clock) implements AutoCloseable {

    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    public static TestDatabase open(Path dir) {
        return open(dir, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), VN));
    }

    public static TestDatabase open(Path dir, Clock clock) {
        HikariDataSource ds = Databases.openSqlite(dir);
        return new TestDatabase(ds, JdbcClient.create(ds), new JdbcTemplate(ds), clock);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
