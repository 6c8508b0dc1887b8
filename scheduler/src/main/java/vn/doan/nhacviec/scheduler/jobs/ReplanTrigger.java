package vn.doan.nhacviec.scheduler.jobs;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doan.nhacviec.scheduler.planning.ReplanRequested;

/** Fires the {@code replan} job once a queued re-plan is committed (a one-shot trigger; Quartz runs it on its own thread). */
class ReplanTrigger {

    private static final Logger log = LoggerFactory.getLogger(ReplanTrigger.class);

    private final Scheduler scheduler;

    ReplanTrigger(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** After the commit when the request was stored in a transaction (the job must see it), else now. */
    @EventListener
    public void onRequested(ReplanRequested requested) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fire();
                }
            });
        } else {
            fire();
        }
    }

    private void fire() {
        try {
            scheduler.triggerJob(JobKey.jobKey("replan", JobsConfiguration.GROUP));
        } catch (SchedulerException e) {
            // the daily plan job drains what is left
            log.warn("Could not start the re-plan job now; the daily planning will run it: {}", e.toString());
        }
    }
}
