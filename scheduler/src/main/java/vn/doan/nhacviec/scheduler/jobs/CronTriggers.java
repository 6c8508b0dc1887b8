package vn.doan.nhacviec.scheduler.jobs;

import java.util.Objects;
import org.quartz.CronTrigger;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/**
 * Registers the timed triggers (the remind and plan crons, and every shared periodic task's), leaving alone one the (clustered) job store already keeps with the
 * same schedule. Re-storing it at every start would reset its next firing to the new trigger's start:
 * an instance joining the cluster a moment after a firing would have that firing run a second time.
 * A changed cron or zone in the configuration replaces the stored trigger.
 */
final class CronTriggers {

    private CronTriggers() {
    }

    static CronTriggers register(Scheduler scheduler, Trigger... triggers) throws SchedulerException {
        for (Trigger trigger : triggers) {
            Trigger stored = scheduler.getTrigger(trigger.getKey());
            if (stored == null) {
                try {
                    scheduler.scheduleJob(trigger);
                } catch (ObjectAlreadyExistsException e) {
                    // another instance stored it at the same moment: its copy is the same
                }
            } else if (!sameSchedule(stored, trigger)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        }
        return new CronTriggers();
    }

    private static boolean sameSchedule(Trigger stored, Trigger wanted) {
        if (stored instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval() && a.getRepeatCount() == b.getRepeatCount()
                    && a.getMisfireInstruction() == b.getMisfireInstruction() && Objects.equals(a.getJobKey(), b.getJobKey());
        }
        return stored instanceof CronTrigger a && wanted instanceof CronTrigger b
                && Objects.equals(a.getCronExpression(), b.getCronExpression())
                && Objects.equals(a.getTimeZone().getID(), b.getTimeZone().getID())
                && a.getMisfireInstruction() == b.getMisfireInstruction()
                && Objects.equals(a.getJobKey(), b.getJobKey());
    }
}
