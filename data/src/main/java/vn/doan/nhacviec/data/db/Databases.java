package vn.doan.nhacviec.data.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens the database and migrates it. One place decides the SQLite settings (WAL journal, busy
 * timeout, foreign keys) and the per-vendor placeholders the portable migrations use.
 */
public final class Databases {

    private static final Map<String, String> SQLITE_PLACEHOLDERS = Map.of("id", "INTEGER PRIMARY KEY AUTOINCREMENT");
    private static final Map<String, String> POSTGRES_PLACEHOLDERS = Map.of("id", "BIGSERIAL PRIMARY KEY");
    private static final String[] COMMON_MIGRATIONS = {"classpath:db/migration"};
    /** What only PostgreSQL has: Quartz's tables for the clustered JDBC job store. */
    private static final String POSTGRES_MIGRATIONS = "classpath:db/vendor/postgresql";

    private Databases() {
    }

    /**
     * The JDBC URL of the SQLite file {@code nhacviec.db} in {@code dataDir}, created if missing (both owner-only). Transactions
     * begin IMMEDIATE: chats are handled in parallel, and a transaction that read first and then writes
     * would otherwise fail at once (SQLITE_BUSY) instead of waiting its turn.
     */
    public static String sqliteUrl(Path dataDir) {
        try {
            OwnerOnlyPaths.folder(dataDir);
            OwnerOnlyPaths.existingOrNewFile(dataDir.resolve("nhacviec.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        return "jdbc:sqlite:" + dataDir.resolve("nhacviec.db").toAbsolutePath()
                + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true&synchronous=NORMAL&transaction_mode=IMMEDIATE";
    }

    public static HikariDataSource open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        if (isSqlite(url)) {
            config.setDataSource(new OneWriterAtATime(url));
        } else {
            config.setJdbcUrl(url);
        }
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("nhacviec");
        return new HikariDataSource(config);
    }

    /** Opens (creating if needed) and migrates an SQLite database in {@code dataDir}. */
    public static HikariDataSource openSqlite(Path dataDir) {
        HikariDataSource dataSource = open(sqliteUrl(dataDir), null, null, 4);
        migrate(dataSource);
        return dataSource;
    }

    public static boolean isSqlite(String url) {
        return url.startsWith("jdbc:sqlite:");
    }

    public static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    public static void migrate(DataSource dataSource) {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(isSqlite(url) ? COMMON_MIGRATIONS : new String[] {COMMON_MIGRATIONS[0], POSTGRES_MIGRATIONS})
                .placeholders(isSqlite(url) ? SQLITE_PLACEHOLDERS : POSTGRES_PLACEHOLDERS)
                .load()
                .migrate();
    }
}
