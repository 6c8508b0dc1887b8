package vn.doan.nhacviec.scheduler.jobs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The Quartz jobs and triggers of some {@link PeriodicTask}s. An interval task first fires one
 * interval after the start; a missed firing is skipped (the next one does the same work), a missed
 * cron firing runs once at once, like the reminder jobs.
 */
record PeriodicJobs(List<JobDetail> details, List<Trigger> triggers) {

    static PeriodicJobs of(List<PeriodicTask> tasks, String cronZone) {
        List<JobDetail> details = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        for (PeriodicTask task : tasks) {
            JobDetail detail = JobBuilder.newJob(PeriodicTaskJob.class).withIdentity(task.name(), JobsConfiguration.GROUP)
                    .storeDurably().withDescription("Periodic task " + task.name()).build();
            details.add(detail);
            triggers.add(TriggerBuilder.newTrigger().forJob(detail).withIdentity(task.name(), JobsConfiguration.GROUP)
                    .startAt(task.every() == null ? new Date() : new Date(System.currentTimeMillis() + task.every().toMillis()))
                    .withSchedule(schedule(task, cronZone))
                    .build());
        }
        return new PeriodicJobs(List.copyOf(details), List.copyOf(triggers));
    }

    private static ScheduleBuilder<? extends Trigger> schedule(PeriodicTask task, String cronZone) {
        if (task.cron() != null) {
            return CronScheduleBuilder.cronSchedule(task.cron())
                    .inTimeZone(TimeZone.getTimeZone(ZoneId.of(cronZone)))
                    .withMisfireHandlingInstructionFireAndProceed();
        }
        return SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(task.every().toMillis()).repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount();
    }

    JobDetail[] withDetails(JobDetail... fixed) {
        List<JobDetail> all = new ArrayList<>(List.of(fixed));
        all.addAll(details);
        return all.toArray(JobDetail[]::new);
    }

    Trigger[] withTriggers(Trigger... fixed) {
        List<Trigger> all = new ArrayList<>(List.of(fixed));
        all.addAll(triggers);
        return all.toArray(Trigger[]::new);
    }
}
