package vn.doan.nhacviec.scheduler.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * Work that runs on a schedule, declared as a bean by the feature that owns it and run by Quartz
 * like the reminder jobs, so that a clustered job store runs each firing on one instance. Tasks
 * are idempotent ({@code runAt(now)}): a missed or repeated firing does no harm.
 *
 * @param name        the Quartz job's name (group {@code nhacviec}); unique
 * @param every       the pause between two firings, or null when {@code cron} is set
 * @param cron        a Quartz cron in the jobs' zone, or null when {@code every} is set
 * @param perInstance runs on every instance (watching this process's own threads), in a local
 *                    in-memory scheduler instead of the shared one
 * @param work        what to do; a failure is logged and the next firing comes as planned
 */
public record PeriodicTask(String name, Duration every, String cron, boolean perInstance, Runnable work) {

    public PeriodicTask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(work, "work");
        if ((every == null) == (cron == null)) {
            throw new IllegalArgumentException("The periodic task " + name + " needs either an interval or a cron");
        }
        if (every != null && (every.isZero() || every.isNegative())) {
            throw new IllegalArgumentException("The periodic task " + name + " needs a positive interval, not " + every);
        }
    }

    /** Every {@code interval}, on one instance. */
    public static PeriodicTask every(String name, Duration interval, Runnable work) {
        return new PeriodicTask(name, interval, null, false, work);
    }

    /** At the times of a Quartz {@code cron}, on one instance. */
    public static PeriodicTask cron(String name, String cron, Runnable work) {
        return new PeriodicTask(name, null, cron, false, work);
    }

    /** Every {@code interval} on each instance (this process's own threads). */
    public static PeriodicTask onEachInstance(String name, Duration interval, Runnable work) {
        return new PeriodicTask(name, interval, null, true, work);
    }
}
