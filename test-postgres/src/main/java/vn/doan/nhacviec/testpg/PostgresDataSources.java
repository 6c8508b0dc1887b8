package vn.doan.nhacviec.testpg;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh databases on the shared {@link EmbeddedPostgres}: the schema is migrated once per JVM into a
 * template and each test gets a copy ({@code CREATE DATABASE ... TEMPLATE}, a few milliseconds),
 * dropped when its pool closes.
 */
public final class PostgresDataSources {

    private static final String TEMPLATE = "migrated_template";
    private static boolean templateReady;

    private PostgresDataSources() {
    }

    /** A pooled data source on a new database holding the schema {@code migrate} creates. */
    public static HikariDataSource fresh(Consumer<DataSource> migrate) {
        EmbeddedPostgres server = EmbeddedPostgres.shared();
        return pooled(server.createDatabase(template(server, migrate)), 4);
    }

    /** A new empty database (no schema): for tests of migrating itself, or of a whole application start. */
    public static String emptyDatabaseUrl() {
        return EmbeddedPostgres.shared().createDatabase(null);
    }

    private static synchronized String template(EmbeddedPostgres server, Consumer<DataSource> migrate) {
        if (!templateReady) {
            String url = server.ensureDatabase(TEMPLATE);
            PGSimpleDataSource plain = new PGSimpleDataSource();
            plain.setUrl(url);
            plain.setUser(EmbeddedPostgres.USER);
            migrate.accept(plain);
            templateReady = true;
        }
        return TEMPLATE;
    }

    private static HikariDataSource pooled(String url, int size) {
        HikariDataSource dataSource = new DroppingDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(EmbeddedPostgres.USER);
        dataSource.setMaximumPoolSize(size);
        dataSource.setPoolName("test-postgres");
        return dataSource;
    }

    /** Drops its database when closed, so a long test run does not fill the disk. */
    private static final class DroppingDataSource extends HikariDataSource {
        @Override
        public void close() {
            boolean wasOpen = !isClosed();
            super.close();
            if (wasOpen) {
                EmbeddedPostgres.shared().dropDatabase(getJdbcUrl());
            }
        }
    }
}
