package vn.doan.nhacviec.scheduler.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;
import vn.doan.nhacviec.scheduler.reminder.RunSummary;

/**
 * Every few minutes: the reminder run at the application clock's now (not Quartz's fire time).
 * Metrics: {@code nhacviec.reminder.run} (duration) and {@code nhacviec.reminder.items} by
 * {@code outcome} (due, taken, messages, unreachable).
 */
@Component
@DisallowConcurrentExecution
public class RemindJob implements Job {

    private final ReminderRun run;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer duration;

    public RemindJob(ReminderRun run, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.run = run;
        this.clock = clock;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.duration = Timer.builder("nhacviec.reminder.run").description("Duration of a reminder run")
                .register(this.meters);
    }

    @Override
    public void execute(JobExecutionContext context) {
        GuardedWork.run("remind", () -> {
            RunSummary summary = duration.record(() -> run.runAt(clock.instant()));
            if (summary != null) {
                count("due", summary.due());
                count("taken", summary.taken());
                count("messages", summary.messages());
                count("unreachable", summary.unreachable());
            }
        });
    }

    private void count(String outcome, int items) {
        meters.counter("nhacviec.reminder.items", "outcome", outcome).increment(items);
    }
}
