package vn.doan.nhacviec.scheduler.reminder;

import java.util.Comparator;
import java.util.List;

/**
 * A checked reminder policy (see {@link ReminderProperties} for what the numbers mean).
 *
 * @param daysBefore the days before the last day on time, largest first, without repeats
 */
public record ReminderPolicy(String name, List<Integer> daysBefore, boolean onDueDay, int overdueEveryDays,
                             int overdueTimes, boolean escalate) {

    public ReminderPolicy {
        daysBefore = daysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    static ReminderPolicy of(String name, ReminderProperties.Policy policy) {
        String where = "nhacviec.reminders." + (name == null ? "default-policy" : "policies." + name);
        if (policy.daysBefore().stream().anyMatch(d -> d == null || d < 1 || d > 366)) {
            throw new IllegalArgumentException(where + ".days-before: each must be a number of days from 1 to 366, not "
                    + policy.daysBefore());
        }
        if (policy.overdueTimes() < 0 || policy.overdueTimes() > 50) {
            throw new IllegalArgumentException(where + ".overdue-times must be from 0 to 50, not " + policy.overdueTimes());
        }
        if (policy.overdueEveryDays() < 1 || policy.overdueEveryDays() > 90) {
            throw new IllegalArgumentException(where + ".overdue-every-days must be from 1 to 90, not " + policy.overdueEveryDays());
        }
        return new ReminderPolicy(name == null ? "default" : name, policy.daysBefore(), policy.onDueDay(),
                policy.overdueEveryDays(), policy.overdueTimes(), policy.escalate());
    }

    /** Days after the last day on time of the last overdue reminder or the escalation (0 if neither). */
    public int lastStageAfterDays() {
        int overdueSpan = overdueTimes == 0 ? 0 : 1 + (overdueTimes - 1) * overdueEveryDays;
        return escalate ? 1 + overdueTimes * overdueEveryDays : overdueSpan;
    }

    public int firstStageBeforeDays() {
        return daysBefore.isEmpty() ? 0 : daysBefore.get(0);
    }
}
