package vn.doan.nhacviec.data.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite connections that queue for the database's single writer inside the JVM. SQLite itself does
 * not queue: a writer that finds the database locked sleeps in its busy handler (1, 2, 5 … 100 ms) and
 * tries again, so with a dozen threads answering chats most of the time goes to sleeping, and the
 * turns go to whoever happens to wake at the right moment. Here a writer waits on one lock instead
 * and gets the database the moment the writer before it is done. The lock is not fair: a strict
 * queue hands each turn to a sleeping thread, which costs a wake-up per write, while a writer
 * already running takes a free turn at once (long writers pause between chunks, {@link WriterTurns}).
 * <p>
 * A connection holds the turn while auto-commit is off (its transactions begin IMMEDIATE, see
 * {@link Databases#sqliteUrl}, and the driver begins them eagerly); outside a transaction, for each
 * statement but a plain query. Reads in WAL mode need no turn. Another process on the same file still meets SQLite's
 * own lock and busy timeout. A turn not given within the busy timeout fails as SQLite would
 * ({@code SQLITE_BUSY}), so callers that retry a busy database ({@link DatabaseBusy}) still do.
 */
public final class OneWriterAtATime implements DataSource {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch", "executeQuery");

    private final String url;
    private final ReentrantLock turn = new ReentrantLock(false);

    public OneWriterAtATime(String url) {
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        return (Connection) Proxy.newProxyInstance(OneWriterAtATime.class.getClassLoader(), new Class<?>[] {Connection.class},
                new TurnTakingConnection(connection));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Whether some connection holds the writer's turn now (for tests). */
    boolean taken() {
        return turn.isLocked();
    }

    private void take() throws SQLException {
        try {
            if (!turn.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLiteException("[SQLITE_BUSY] the database is locked (no turn to write within " + PATIENCE.toSeconds() + " s)",
                        SQLiteErrorCode.SQLITE_BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLiteException("[SQLITE_INTERRUPT] interrupted while waiting for the turn to write", SQLiteErrorCode.SQLITE_INTERRUPT);
        }
    }

    /** Calls the driver's own method, throwing what it threw. */
    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One connection: knows whether it holds the turn, and gives it back when its transaction ends. */
    private final class TurnTakingConnection implements InvocationHandler {
        private final Connection connection;
        private boolean holding;

        TurnTakingConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("setAutoCommit")) {
                return setAutoCommit(method, args);
            }
            if (name.equals("close")) {
                try {
                    return call(method, connection, args);
                } finally {
                    release();
                }
            }
            Object result = call(method, connection, args);
            if (result instanceof Statement statement) {
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                String sql = name.startsWith("prepare") && args != null && args.length > 0 ? String.valueOf(args[0]) : null;
                return Proxy.newProxyInstance(OneWriterAtATime.class.getClassLoader(), new Class<?>[] {type},
                        new TurnTakingStatement(this, statement, sql));
            }
            return result;
        }

        /**
         * The driver begins a transaction (IMMEDIATE: SQLite's write lock) the moment auto-commit is switched
         * off, and the next one right after each commit or rollback: the turn is held from then until
         * auto-commit is back on, or the connection closes.
         */
        private Object setAutoCommit(Method method, Object[] args) throws Throwable {
            boolean manual = Boolean.FALSE.equals(args[0]);
            if (manual && !holding && connection.getAutoCommit()) {
                take();
                holding = true;
            }
            try {
                return call(method, connection, args);
            } catch (SQLException | RuntimeException e) {
                if (manual && connection.getAutoCommit()) {
                    release();
                }
                throw e;
            } finally {
                if (!manual) {
                    release();
                }
            }
        }

        /** Runs one execution of a statement of this connection, with the turn if it may write. */
        Object execute(Method method, Object target, Object[] args, boolean query) throws Throwable {
            if (holding || query) {
                return call(method, target, args);
            }
            take();
            try {
                return call(method, target, args);
            } finally {
                turn.unlock();
            }
        }

        private void release() {
            if (holding) {
                holding = false;
                turn.unlock();
            }
        }
    }

    /** A statement whose executions go through its connection's turn. */
    private record TurnTakingStatement(TurnTakingConnection connection, Statement statement, String preparedSql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                return connection.execute(method, statement, args, isQuery(args));
            }
            return call(method, statement, args);
        }

        /** A plain SELECT; anything else (an INSERT … RETURNING read with executeQuery too) may write. */
        private boolean isQuery(Object[] args) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
            return sql != null && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
