package vn.doan.nhacviec.data.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Gives other writers their turn between the chunks of a long write. SQLite has one writer, and a
 * waiting one does not queue: its busy handler sleeps and tries again, up to every 100 ms. A long
 * write that begins its next chunk the moment it commits the last one takes the lock back before
 * any waiter wakes, so a chat's answer would wait for the whole import after all (and time out).
 * On SQLite the long writer therefore pauses one poll interval after each chunk; PostgreSQL locks
 * rows, not the database, and needs no pause.
 */
public final class WriterTurns {

    /** No pause: PostgreSQL, or a writer no one waits for. */
    public static final WriterTurns NONE = new WriterTurns(Duration.ZERO);
    /** SQLite's busy handler sleeps at most this long between two tries. */
    static final Duration SQLITE_POLL = Duration.ofMillis(100);

    private final Duration pause;

    private WriterTurns(Duration pause) {
        this.pause = pause;
    }

    /** The turns the database behind {@code dataSource} needs. */
    public static WriterTurns of(DataSource dataSource) {
        if (dataSource == null) {
            return NONE;
        }
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            return NONE;
        }
    }

    /** The turns the database of this open connection needs. */
    public static WriterTurns of(Connection connection) {
        try {
            return Databases.isSqlite(connection.getMetaData().getURL()) ? new WriterTurns(SQLITE_POLL) : NONE;
        } catch (SQLException e) {
            return NONE;
        }
    }

    /** Call after committing a chunk, before beginning the next one. */
    public void yieldTurn() {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
