package vn.doan.nhacviec.scheduler;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import vn.doan.nhacviec.data.db.Databases;
import vn.doan.nhacviec.testpg.PostgresDataSources;
import vn.doan.nhacviec.testpg.TestDb;

/**
 * The migrated database of a test: SQLite in {@code dir}, or with {@code -Dtest.db=postgres} a database
 * on the embedded PostgreSQL (the same one for the same {@code dir} while a pool on it is open).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static HikariDataSource open(Path dir) {
        return TestDb.postgres() ? PostgresDataSources.forDirectory(dir, Databases::migrate) : Databases.openSqlite(dir);
    }
}
