package vn.doan.nhacviec.scheduler.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firing of a job as a unit of work: whatever it throws, {@link Error}s included, is logged
 * and the scheduler's thread goes on to the next firing. Nothing is retried here: every job is
 * idempotent and the next firing does what this one did not.
 */
final class GuardedWork {

    static final Logger log = LoggerFactory.getLogger(GuardedWork.class);

    private GuardedWork() {
    }

    static void run(String name, Runnable work) {
        try {
            work.run();
        } catch (Throwable e) {
            log.error("The job {} failed; it runs again at its next firing: {}", name, e.toString(), e);
        }
    }
}
