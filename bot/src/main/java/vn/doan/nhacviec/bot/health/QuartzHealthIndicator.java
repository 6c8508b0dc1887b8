package vn.doan.nhacviec.bot.health;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code quartz} in readiness: the scheduler of the reminder and periodic jobs is started and not
 * in standby or shut down. Switched off ({@code nhacviec.reminders.jobs.enabled=false}): UP, with
 * the detail saying so.
 */
@Component("quartz")
class QuartzHealthIndicator implements HealthIndicator {

    private final ObjectProvider<Scheduler> scheduler;

    QuartzHealthIndicator(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public Health health() {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz == null) {
            return Health.up().withDetail("jobs", "off").build();
        }
        try {
            boolean running = quartz.isStarted() && !quartz.isInStandbyMode() && !quartz.isShutdown();
            return (running ? Health.up() : Health.down())
                    .withDetail("scheduler", quartz.getSchedulerName())
                    .withDetail("clustered", quartz.getMetaData().isJobStoreClustered())
                    .build();
        } catch (SchedulerException e) {
            return Health.down(e).build();
        }
    }
}
