package vn.doan.nhacviec.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite writers queue for one turn in the JVM; readers do not; a transaction keeps its turn until auto-commit is back on. */
class OneWriterAtATimeTest {

    @TempDir
    Path dir;
    OneWriterAtATime database;
    ExecutorService others = Executors.newFixedThreadPool(8);

    @BeforeEach
    void table() throws SQLException {
        database = new OneWriterAtATime(Databases.sqliteUrl(dir));
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, who TEXT NOT NULL)");
        }
        assertThat(database.taken()).isFalse();
    }

    @AfterEach
    void stop() {
        others.shutdownNow();
    }

    @Test
    void aWriterWaitsForTheOpenTransactionAndAReaderDoesNot() throws Exception {
        try (Connection first = database.getConnection(); Statement sql = first.createStatement()) {
            first.setAutoCommit(false);
            sql.executeUpdate("INSERT INTO answer (who) VALUES ('first')");

            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> count(), others);
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> insert("second"), others);
            assertThat(read.get(5, TimeUnit.SECONDS)).as("a reader sees what was committed, at once").isZero();
            Thread.sleep(300);
            assertThat(write).as("the second writer waits its turn").isNotDone();

            first.commit();
            Thread.sleep(300);
            // the driver has begun the next transaction at the commit: the turn stays until auto-commit is on again
            assertThat(write).isNotDone();

            first.setAutoCommit(true);
            write.get(5, TimeUnit.SECONDS);
        }
        assertThat(count()).isEqualTo(2);
        assertThat(database.taken()).isFalse();
    }

    @Test
    void manyWritersAtOnceAllGetTheirTurn() throws Exception {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String who = "chat-" + i;
            boolean inTransaction = i % 2 == 0;
            writes.add(CompletableFuture.runAsync(() -> {
                if (inTransaction) {
                    insertInTransaction(who);
                } else {
                    insert(who);
                }
            }, others));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(400);
        assertThat(database.taken()).isFalse();
    }

    @Test
    void aRolledBackTransactionGivesItsTurnBackWhenItsConnectionCloses() throws Exception {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeUpdate("INSERT INTO answer (who) VALUES ('undone')");
            connection.rollback();
            assertThat(database.taken()).isTrue();
        }
        assertThat(database.taken()).isFalse();
        insert("next");
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM answer")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insert(String who) {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO answer (who) VALUES ('" + who + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertInTransaction(String who) {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.executeQuery("SELECT COUNT(*) FROM answer").close();
            sql.executeUpdate("INSERT INTO answer (who) VALUES ('" + who + "')");
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
