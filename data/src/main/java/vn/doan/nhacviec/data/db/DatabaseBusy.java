package vn.doan.nhacviec.data.db;

import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure caused by another writer holding the database (SQLite's one write lock past its
 * busy timeout, a PostgreSQL lock or deadlock) from a real fault: the same work may succeed if tried again.
 */
public final class DatabaseBusy {

    private DatabaseBusy() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof PessimisticLockingFailureException || e instanceof TransientDataAccessException) {
                return true;
            }
            if (e instanceof SQLException sql && busyMessage(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's words: the lock timed out, or (its consequence) the commit found the transaction gone. */
    private static boolean busyMessage(String message) {
        return message != null && (message.contains("SQLITE_BUSY") || message.contains("database is locked")
                || message.contains("no transaction is active"));
    }
}
