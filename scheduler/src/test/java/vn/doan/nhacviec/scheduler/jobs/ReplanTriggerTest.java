package vn.doan.nhacviec.scheduler.jobs;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doan.nhacviec.scheduler.planning.ReplanRequested;

/** A queued re-plan starts the {@code replan} job: at once outside a transaction, after the commit inside one. */
class ReplanTriggerTest {

    private final Scheduler scheduler = mock(Scheduler.class);
    private final ReplanTrigger trigger = new ReplanTrigger(scheduler);

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionTheJobStartsAtOnce() throws Exception {
        trigger.onRequested(new ReplanRequested());
        verify(scheduler).triggerJob(JobKey.jobKey("replan", JobsConfiguration.GROUP));
    }

    @Test
    void insideATransactionTheJobStartsAfterTheCommitOnly() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        trigger.onRequested(new ReplanRequested());
        verify(scheduler, never()).triggerJob(any(JobKey.class));
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCommit();
        }
        verify(scheduler).triggerJob(JobKey.jobKey("replan", JobsConfiguration.GROUP));
    }
}
