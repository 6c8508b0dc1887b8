package vn.doan.nhacviec.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes from many threads share transactions; each is stored, or undone alone, before its caller goes on. */
class GroupCommitTest {

    @TempDir
    Path dir;
    HikariDataSource dataSource;
    JdbcClient jdbc;
    CountingCommits transactions;
    GroupCommit commits;
    ExecutorService callers = Executors.newCachedThreadPool(); // every caller waits on its own thread

    @BeforeEach
    void open() {
        dataSource = Databases.open(Databases.sqliteUrl(dir), null, null, 8);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE answer (id INTEGER PRIMARY KEY, who TEXT NOT NULL UNIQUE)").update();
        transactions = new CountingCommits(dataSource);
        commits = GroupCommit.on(transactions);
    }

    @AfterEach
    void close() {
        commits.close();
        callers.shutdownNow();
        dataSource.close();
    }

    @Test
    void writesThatWaitTogetherShareOneCommitAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = holdTheCommitter("first", release);
        List<CompletableFuture<Long>> others = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String who = "chat-" + i;
            others.add(CompletableFuture.supplyAsync(() -> commits.write(() -> insert(who)), callers));
        }
        awaitWaiting(100); // all hundred queue behind the first, which holds the committer
        int before = transactions.commits.get();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isPositive();
        List<Long> ids = new ArrayList<>();
        for (CompletableFuture<Long> other : others) {
            ids.add(other.get(10, TimeUnit.SECONDS));
        }
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isPositive());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Long.class).single()).isEqualTo(101);
        // the first's transaction, then a hundred writes in groups of at most 64
        assertThat(transactions.commits.get() - before).isBetween(2, 3);
    }

    @Test
    void aWriteThatFailsIsUndoneAloneAndItsCallerGetsTheFailure() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> holder = holdTheCommitter("holder", release);
        CompletableFuture<Long> failing = CompletableFuture.supplyAsync(() -> commits.write(() -> {
            insert("half-done");
            return insert("holder"); // the same name again: the UNIQUE constraint refuses it
        }), callers);
        CompletableFuture<Long> after = CompletableFuture.supplyAsync(() -> commits.write(() -> insert("after")), callers);
        awaitWaiting(2);
        release.countDown();

        assertThat(holder.get(10, TimeUnit.SECONDS)).isPositive();
        assertThat(after.get(10, TimeUnit.SECONDS)).isPositive();
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).cause().hasMessageContaining("UNIQUE constraint failed");
        assertThat(jdbc.sql("SELECT who FROM answer ORDER BY id").query(String.class).list())
                .as("the failing write's first insert is undone with it").containsExactly("holder", "after");
    }

    @Test
    void aWriteInsideTheCallersTransactionIsPartOfIt() {
        TransactionTemplate callersTransaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> callersTransaction.executeWithoutResult(status -> {
            commits.write(() -> insert("inside"));
            throw new IllegalStateException("the caller changes its mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Long.class).single()).isZero();
    }

    @Test
    void afterCloseWritesRunDirectly() {
        commits.close();
        assertThat(commits.write(() -> insert("late"))).isPositive();
        assertThat(GroupCommit.NONE.write(() -> insert("direct"))).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aloneEachWriteIsATransactionOfItsOwnOnTheCallersThread() {
        GroupCommit alone = GroupCommit.alone(transactions);
        String caller = Thread.currentThread().getName();
        assertThat(alone.write(() -> {
            assertThat(Thread.currentThread().getName()).isEqualTo(caller);
            return insert("first");
        })).isPositive();
        assertThatThrownBy(() -> alone.write(() -> {
            insert("half-done");
            return insert("first"); // refused by the UNIQUE constraint
        })).hasMessageContaining("UNIQUE constraint failed");
        assertThat(jdbc.sql("SELECT who FROM answer").query(String.class).list())
                .as("the failing write's first insert is undone with it").containsExactly("first");
    }

    private long insert(String who) {
        return Inserts.returningId(jdbc, "INSERT INTO answer (who) VALUES (?)", who);
    }

    /** A write that keeps the committer busy until {@code release}, then inserts {@code who}; returns once it runs. */
    private CompletableFuture<Long> holdTheCommitter(String who, CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(() -> commits.write(() -> {
            running.countDown();
            await(release);
            return insert(who);
        }), callers);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        return held;
    }

    private void awaitWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commits.waiting() < count) {
            assertThat(System.nanoTime()).as("%d writes waiting", count).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the transactions committed. */
    static final class CountingCommits extends DataSourceTransactionManager {
        final AtomicInteger commits = new AtomicInteger();

        CountingCommits(javax.sql.DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }
}
