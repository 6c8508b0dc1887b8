package vn.doan.nhacviec.testpg;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fresh databases on the shared {@link EmbeddedPostgres}: the schema is migrated into a template (once
 * per version of the migrations: the server's data directory is cached with it) and each test gets a
 * copy ({@code CREATE DATABASE ... TEMPLATE}, a few milliseconds), dropped when its pool closes.
 */
public final class PostgresDataSources {

    private static final String TEMPLATE = "migrated_template";
    private static final Map<Path, Shared> BY_DIRECTORY = new HashMap<>();

    private PostgresDataSources() {
    }

    /** A pooled data source on a new database holding the schema {@code migrate} creates. */
    public static HikariDataSource fresh(Consumer<DataSource> migrate) {
        return pooled(EmbeddedPostgres.shared(template(migrate)).createDatabase(TEMPLATE), 4);
    }

    /**
     * A pooled data source on the database of {@code dir}: the first call creates it (as {@link #fresh}),
     * later calls while a pool on it is open share it, as several instances share one SQLite file.
     */
    public static synchronized HikariDataSource forDirectory(Path dir, Consumer<DataSource> migrate) {
        Path key = dir.toAbsolutePath().normalize();
        Shared shared = BY_DIRECTORY.get(key);
        if (shared == null) {
            shared = new Shared(key, EmbeddedPostgres.shared(template(migrate)).createDatabase(TEMPLATE));
            BY_DIRECTORY.put(key, shared);
        }
        shared.open++;
        return pooled(shared, 4);
    }

    /** A new empty database (no schema): for tests of migrating itself, or of a whole application start. */
    public static String emptyDatabaseUrl() {
        return EmbeddedPostgres.shared().createDatabase(null);
    }

    /** The migrated template, keyed by the migrations: every resource under {@code db/} on the class path. */
    private static EmbeddedPostgres.Template template(Consumer<DataSource> migrate) {
        return new EmbeddedPostgres.Template(TEMPLATE, MigrationsKey.get(), migrate);
    }

    private static HikariDataSource pooled(String url, int size) {
        Shared alone = new Shared(null, url);
        alone.open = 1;
        return pooled(alone, size);
    }

    private static HikariDataSource pooled(Shared database, int size) {
        HikariDataSource dataSource = new DroppingDataSource(database);
        dataSource.setJdbcUrl(database.url);
        dataSource.setUsername(EmbeddedPostgres.USER);
        dataSource.setMaximumPoolSize(size);
        dataSource.setPoolName("test-postgres");
        return dataSource;
    }

    /** Drops its database when closed, so a long test run does not fill the disk. */
    private static final class DroppingDataSource extends HikariDataSource {
        private final Shared database;

        DroppingDataSource(Shared database) {
            this.database = database;
        }

        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                release(database);
            }
        }
    }

    private static void release(Shared database) {
        synchronized (PostgresDataSources.class) {
            if (--database.open > 0) {
                return;
            }
            if (database.dir != null) {
                BY_DIRECTORY.remove(database.dir);
            }
        }
        EmbeddedPostgres.shared().dropDatabase(database.url);
    }

    /** A database and how many pools are open on it. */
    private static final class Shared {
        final Path dir;
        final String url;
        int open;

        Shared(Path dir, String url) {
            this.dir = dir;
            this.url = url;
        }
    }
}
