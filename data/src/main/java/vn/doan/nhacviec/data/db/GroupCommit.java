package vn.doan.nhacviec.data.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short writes from many threads committed together. SQLite has one writer, and each commit writes
 * every page it touched to the log: at the peak hour, eight chats' answers each inserting an outbox
 * row queue for the writer eight times and write the same index pages eight times. Here the writes
 * waiting at a moment run one after the other in one transaction on one thread, each inside its own
 * savepoint (a write that fails is undone alone and its caller gets its exception), and each caller
 * returns once that transaction is committed, so what it wrote is stored as before.
 * <p>
 * A write made inside a transaction of the caller's runs there, as part of it. PostgreSQL, whose
 * writers do not wait for each other, gets {@link #alone}: every write runs in its own transaction,
 * on the caller's thread.
 */
public final class GroupCommit implements AutoCloseable {

    /** Every write runs directly, on the caller's thread, in no transaction of its own (repositories built by hand in tests). */
    public static final GroupCommit NONE = new GroupCommit((TransactionTemplate) null);

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    /** The most writes in one transaction: the writer's turn is held that long. */
    static final int MOST = 64;

    private final TransactionTemplate together;
    private final TransactionTemplate each;
    private final BlockingQueue<Write<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean open;

    private GroupCommit(TransactionTemplate own) {
        this.together = own;
        this.each = null;
        this.committer = null;
        this.open = false;
    }

    private GroupCommit(PlatformTransactionManager transactions) {
        this.together = new TransactionTemplate(transactions);
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.committer = new Thread(this::commitWhatWaits, "group-commit");
        this.committer.setDaemon(true);
        this.open = true;
        this.committer.start();
    }

    /** Writes committed together on {@code transactions}. */
    public static GroupCommit on(PlatformTransactionManager transactions) {
        return new GroupCommit(transactions);
    }

    /** Each write committed in its own transaction on {@code transactions}, on the caller's thread. */
    public static GroupCommit alone(PlatformTransactionManager transactions) {
        return new GroupCommit(new TransactionTemplate(transactions));
    }

    /**
     * Runs {@code write} in one transaction and returns its result once it is committed; throws what
     * it threw, and then nothing of it is stored.
     */
    public <T> T write(Supplier<T> write) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return write.get();
        }
        if (!open) {
            return alone(write);
        }
        Write<T> pending = new Write<>(write);
        waiting.add(pending);
        if (!open && waiting.remove(pending)) {
            return alone(write); // closed meanwhile, and the committer never took it
        }
        return pending.outcome();
    }

    private <T> T alone(Supplier<T> write) {
        return together == null ? write.get() : together.execute(status -> write.get());
    }

    /** How many writes wait for the committer now (for tests). */
    int waiting() {
        return waiting.size();
    }

    private void commitWhatWaits() {
        List<Write<?>> batch = new ArrayList<>(MOST);
        while (open || !waiting.isEmpty()) {
            try {
                Write<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MOST - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Write<?>> batch) {
        try {
            together.executeWithoutResult(status -> batch.forEach(write -> write.runIn(each)));
        } catch (RuntimeException | Error e) {
            // the commit itself failed (a database busy past its patience): nothing of the batch is stored
            log.warn("A group of {} writes could not be committed: {}", batch.size(), e.toString());
            batch.forEach(write -> write.failed(e));
            return;
        }
        batch.forEach(Write::committed);
    }

    /** Lets the writes already waiting commit, then runs every later one on its caller's thread, in a transaction of its own. */
    @Override
    public void close() {
        if (committer == null || !open) {
            return;
        }
        open = false;
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's write: run by the committer, answered when the transaction ends. */
    private static final class Write<T> {
        private final Supplier<T> work;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private T result;
        private Throwable failure;

        Write(Supplier<T> work) {
            this.work = work;
        }

        void runIn(TransactionTemplate savepoint) {
            try {
                result = savepoint.execute(status -> work.get());
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        void committed() {
            if (failure == null) {
                outcome.complete(result);
            } else {
                outcome.completeExceptionally(failure);
            }
        }

        void failed(Throwable e) {
            outcome.completeExceptionally(failure == null ? e : failure);
        }

        T outcome() {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
