package vn.doan.nhacviec.scheduler.jobs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/** On demand, after an admin's change: the queued re-plans of the units concerned. */
@Component
@DisallowConcurrentExecution
public class ReplanJob implements Job {

    private final ReplanQueue queue;

    public ReplanJob(ReplanQueue queue) {
        this.queue = queue;
    }

    @Override
    public void execute(JobExecutionContext context) {
        GuardedWork.run("replan", queue::drain);
    }
}
