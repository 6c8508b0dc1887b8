package vn.doan.nhacviec.scheduler.outbox;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Waiting for a rate limit; tests replace it with one that moves their clock instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> {
        long deadline = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
