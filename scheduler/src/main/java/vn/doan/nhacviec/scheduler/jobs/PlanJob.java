package vn.doan.nhacviec.scheduler.jobs;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;
import vn.doan.nhacviec.scheduler.reminder.DueItemFinder;
import vn.doan.nhacviec.scheduler.reminder.MissedOccurrences;

/**
 * Once a day: occurrences planned ahead, those with no reminder left to send marked missed, and when
 * the new ones are first reminded of worked out.
 */
@Component
@DisallowConcurrentExecution
public class PlanJob implements Job {

    private final ReplanQueue replans;
    private final OccurrencePlanner planner;
    private final MissedOccurrences missed;
    private final Clock clock;
    private final DueItemFinder finder;

    public PlanJob(ReplanQueue replans, OccurrencePlanner planner, MissedOccurrences missed, Clock clock, DueItemFinder finder) {
        this.finder = finder;
        this.replans = replans;
        this.planner = planner;
        this.missed = missed;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // re-plans left over first: a unit re-tagged starts its new duties with the current period, not a look-back
        GuardedWork.run("plan", () -> {
            replans.drain();
            planner.planAhead();
            missed.markAt(clock.instant());
            // the new occurrences' first reminders, now rather than in the morning's busiest run
            finder.workOutUnknown(clock.instant());
        });
    }
}
