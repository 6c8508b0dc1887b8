package vn.doan.nhacviec.scheduler.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;

/**
 * Refuses, before Quartz starts, a job store that cannot work: the message names the key to change.
 * Quartz has no SQLite store, and a clustered memory store would run every job on every instance.
 */
final class JobStoreCheck {

    static final String STORE = "nhacviec.reminders.jobs.store";
    static final String CLUSTERED = "nhacviec.reminders.jobs.clustered";

    private JobStoreCheck() {
    }

    static void check(ReminderProperties.Jobs jobs, DataSource dataSource) {
        String store = jobs.store() == null ? "" : jobs.store().strip();
        if (!store.equalsIgnoreCase("memory") && !store.equalsIgnoreCase("jdbc")) {
            throw new InvalidJobStoreException(STORE + "=" + jobs.store()
                    + " is not a job store: write memory (one instance) or jdbc (PostgreSQL, clustered or not)");
        }
        if (jobs.clustered() && !jobs.jdbcStore()) {
            throw new InvalidJobStoreException(CLUSTERED + "=true needs " + STORE
                    + "=jdbc on PostgreSQL: with the memory store every instance would run every job");
        }
        if (jobs.jdbcStore() && isSqlite(dataSource)) {
            throw new InvalidJobStoreException(STORE + "=jdbc needs PostgreSQL (DATABASE_URL=jdbc:postgresql://...): "
                    + "Quartz cannot keep its jobs in SQLite; on SQLite write " + STORE + "=memory");
        }
    }

    private static boolean isSqlite(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** A job store configuration that cannot work; the message says which key to change. */
    static final class InvalidJobStoreException extends IllegalStateException {
        InvalidJobStoreException(String message) {
            super(message);
        }
    }
}
