package vn.doan.nhacviec.data;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.data.db.Databases;
import vn.doan.nhacviec.data.time.VietnamTime;
import vn.doan.nhacviec.testpg.PostgresDataSources;
import vn.doan.nhacviec.testpg.TestDb;

/**
 * A migrated database with JDBC helpers and a fixed clock: SQLite in a temporary directory, or a fresh
 * database on the embedded PostgreSQL when the run says {@code -Dtest.db=postgres}.
 */
public record TestDatabase(HikariDataSource dataSource, JdbcClient jdbc, JdbcTemplate template, Clock clock) implements AutoCloseable {

    public static final ZoneId VN = VietnamTime.ZONE;

    public static TestDatabase open(Path dir) {
        return open(dir, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), VN));
    }

    public static TestDatabase open(Path dir, Clock clock) {
        HikariDataSource ds = dataSource(dir);
        return new TestDatabase(ds, JdbcClient.create(ds), new JdbcTemplate(ds), clock);
    }

    /** A new migrated database of the kind this test run is about (see {@link TestDb}). */
    public static HikariDataSource dataSource(Path dir) {
        return TestDb.postgres() ? PostgresDataSources.forDirectory(dir, Databases::migrate) : Databases.openSqlite(dir);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
