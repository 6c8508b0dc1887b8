package vn.doan.nhacviec.bot.staff;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a task every {@code interval} on a daemon thread of its own while the application runs. The
 * tasks it serves are idempotent ({@code runAt(now)}), so a missed or repeated tick does no harm; a
 * job scheduler can call the same methods instead.
 */
public class PeriodicTrigger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTrigger.class);

    private final String name;
    private final Duration interval;
    private final Runnable task;
    private ScheduledExecutorService executor;

    public PeriodicTrigger(String name, Duration interval, Runnable task) {
        this.name = name;
        this.interval = interval;
        this.task = task;
    }

    private void tick() {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("{} failed: {}", name, e.getMessage(), e);
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
