package vn.doan.nhacviec.scheduler.jobs;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

class ReplanJobTest {

    @Test
    void theJobDrainsTheQueue() {
        ReplanQueue queue = mock(ReplanQueue.class);
        new ReplanJob(queue).execute(null);
        verify(queue).drain();
    }
}
