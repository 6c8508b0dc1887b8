package vn.doan.nhacviec.data.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Gives other writers their turn between the chunks of a long write. SQLite has one writer: a long
 * write that began its next chunk the moment it committed the last would keep the lock, and a
 * chat's answer would wait for the whole import after all. In this process writers queue for the
 * turn ({@link OneWriterAtATime}) and the first in line is woken the moment the turn is free, so
 * on SQLite the long writer pauses a few milliseconds after each chunk, long enough for the threads
 * woken to take it. PostgreSQL locks rows, not the database, and needs no pause.
 */
public final class WriterTurns {

    /** No pause: PostgreSQL, or a writer no one waits for. */
    public static final WriterTurns NONE = new WriterTurns(Duration.ZERO);
    /** Long enough for a writer woken when the turn is freed to be scheduled and take it, on a busy machine too. */
    static final Duration SQLITE_PAUSE = Duration.ofMillis(25);

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
            return Databases.isSqlite(connection.getMetaData().getURL()) ? new WriterTurns(SQLITE_PAUSE) : NONE;
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
