package vn.doan.nhacviec.bot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.util.ReflectionTestUtils;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.db.ReadCaches;

/**
 * Gives every test class the application as it just started, without starting it again: the first
 * class of a context copies the database after the start ({@code VACUUM INTO}); each later class
 * gets the tables back from that copy, the files under the data directory's folders (backups,
 * uploads) deleted, the clock back at its start, nothing waiting in the capturing channel and the
 * in-memory rate limits, holds and cached rows ({@link ReadCaches}) forgotten. The state a test class builds stays
 * for its own tests, as it did when each class had its own context.
 */
public class FreshStart implements TestExecutionListener, Ordered {

    /** Beans' fields that remember something about chats or users between messages. */
    private static final List<StatefulField> IN_MEMORY = List.of(
            new StatefulField("vn.doan.nhacviec.bot.conversation.UserRateLimiter", "buckets"),
            new StatefulField("vn.doan.nhacviec.bot.conversation.PresserReplies", "answeredThroughOutbox"),
            new StatefulField("vn.doan.nhacviec.scheduler.outbox.ChatHolds", "until"),
            new StatefulField("vn.doan.nhacviec.scheduler.outbox.ChannelRateLimiter", "chats"));

    private record StatefulField(String beanClass, String field) {
    }

    /** Taken once per application context: the copy and the instant the clock started at. */
    record Snapshot(Path copy, Instant start) {
    }

    @Override
    public int getOrder() {
        // after dependency injection, before the class's own @BeforeAll methods
        return 2100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        Snapshot snapshot = context.getBean(SnapshotHolder.class).snapshot;
        if (snapshot == null) {
            context.getBean(SnapshotHolder.class).snapshot = take(context);
            return;
        }
        restore(context, snapshot);
    }

    private static Snapshot take(ApplicationContext context) {
        if (!onSqlite(context)) {
            // a PostgreSQL context has properties of its own (OnPostgres): one test class, nothing to put back
            return new Snapshot(null, context.getBean(MutableClock.class).instant());
        }
        try {
            Path copy = Files.createTempDirectory("nhacviec-fresh-start").resolve("start.db");
            copy.toFile().deleteOnExit();
            new JdbcTemplate(context.getBean(DataSource.class)).execute("VACUUM INTO '" + copy.toAbsolutePath() + "'");
            return new Snapshot(copy, context.getBean(MutableClock.class).instant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onSqlite(ApplicationContext context) {
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:sqlite:");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the test application uses", e);
        }
    }

    private static void restore(ApplicationContext context, Snapshot snapshot) {
        if (snapshot.copy() == null) {
            throw new IllegalStateException("Only SQLite contexts are shared between test classes: give "
                    + "this PostgreSQL test class properties of its own, or @DirtiesContext");
        }
        // one connection: SQLite attaches outside a transaction, then copies inside one
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("ATTACH DATABASE '" + snapshot.copy().toAbsolutePath() + "' AS start");
            // off, not deferred: emptying a parent table would otherwise cascade into children already copied back
            sql.execute("PRAGMA foreign_keys = OFF");
            try {
                connection.setAutoCommit(false);
                for (String table : tables(sql)) {
                    sql.execute("DELETE FROM main.\"" + table + "\"");
                    sql.execute("INSERT INTO main.\"" + table + "\" SELECT * FROM start.\"" + table + "\"");
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                sql.execute("PRAGMA foreign_keys = ON");
                sql.execute("DETACH DATABASE start");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot put the database back as it was at the start", e);
        }
        forgetFiles(context.getBean(DatabaseProperties.class).dataDir());
        context.getBean(MutableClock.class).set(snapshot.start());
        context.getBean(CapturingSender.class).take();
        for (StatefulField stateful : IN_MEMORY) {
            forget(context, stateful);
        }
        context.getBean(ReadCaches.class).forgetAll();
    }

    /** Backups, uploads, evidence and exports of the classes before: the files under the data directory's folders. */
    private static void forgetFiles(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !dataDir.equals(f.getParent())).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT name FROM start.sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'flyway%' AND name NOT LIKE 'sqlite_stat%'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void forget(ApplicationContext context, StatefulField stateful) {
        Class<?> type;
        try {
            type = Class.forName(stateful.beanClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("FreshStart lists a class that is gone: " + stateful.beanClass(), e);
        }
        for (Object bean : context.getBeansOfType(type).values()) {
            Object value = ReflectionTestUtils.getField(bean, stateful.field());
            if (value instanceof Map<?, ?> map) {
                map.clear();
            } else if (value instanceof Collection<?> collection) {
                collection.clear();
            } else if (value instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> cache) {
                cache.invalidateAll();
            } else {
                throw new IllegalStateException(stateful + " is neither a map, a collection nor a cache");
            }
        }
    }

    /** Where the snapshot of one application context is kept: a bean of that context. */
    public static class SnapshotHolder {
        volatile Snapshot snapshot;
    }
}
