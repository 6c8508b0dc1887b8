package vn.doan.nhacviec.scheduler.jobs;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;

/** Every few minutes: the reminder run at the application clock's now (not Quartz's fire time). */
@Component
@DisallowConcurrentExecution
public class RemindJob implements Job {

    private final ReminderRun run;
    private final Clock clock;

    public RemindJob(ReminderRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        run.runAt(clock.instant());
    }
}
