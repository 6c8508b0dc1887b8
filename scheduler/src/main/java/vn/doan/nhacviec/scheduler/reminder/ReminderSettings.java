package vn.doan.nhacviec.scheduler.reminder;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ReminderProperties} read and checked once: the policies by name and the sending calendar. */
public final class ReminderSettings {

    private static final Logger log = LoggerFactory.getLogger(ReminderSettings.class);

    private final ReminderPolicy defaultPolicy;
    private final Map<String, ReminderPolicy> policies = new HashMap<>();
    private final SendingCalendar calendar;
    private final int missedAfterDays;
    private final int maxItemsPerMessage;
    private final Set<String> unknownNamesReported = ConcurrentHashMap.newKeySet();

    public ReminderSettings(ReminderProperties properties) {
        this.defaultPolicy = ReminderPolicy.of(null, properties.defaultPolicy());
        properties.policies().forEach((name, policy) ->
                policies.put(name, ReminderPolicy.of(name, policy.orElse(properties.defaultPolicy()))));
        this.calendar = new SendingCalendar(properties.windowStart(), properties.windowEnd(), properties.sendTime(),
                QuietDays.of(properties.holidays(), properties.quietDays()));
        this.maxItemsPerMessage = properties.maxItemsPerMessage();
        int lastStage = Math.max(defaultPolicy.lastStageAfterDays(),
                policies.values().stream().mapToInt(ReminderPolicy::lastStageAfterDays).max().orElse(0));
        // the last stage may still be moved by a run of quiet days and caught up after an outage
        if (properties.missedAfterDays() < lastStage + 2) {
            throw new IllegalArgumentException("nhacviec.reminders.missed-after-days (" + properties.missedAfterDays()
                    + ") must leave time for the last reminder or escalation, " + lastStage
                    + " days after the deadline: use at least " + (lastStage + 2));
        }
        this.missedAfterDays = properties.missedAfterDays();
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(ReminderProperties.defaults());
    }

    /** The policy an obligation names, or the default one (a name not configured is logged once and falls back). */
    public ReminderPolicy policyFor(String name) {
        if (name == null || name.isBlank()) {
            return defaultPolicy;
        }
        ReminderPolicy policy = policies.get(name);
        if (policy == null) {
            if (unknownNamesReported.add(name)) {
                log.warn("Reminder policy '{}' is not configured under nhacviec.reminders.policies; using the default", name);
            }
            return defaultPolicy;
        }
        return policy;
    }

    public SendingCalendar calendar() {
        return calendar;
    }

    public int missedAfterDays() {
        return missedAfterDays;
    }

    public int maxItemsPerMessage() {
        return maxItemsPerMessage;
    }

    /** The most days before the deadline any policy reminds. */
    public int maxDaysBefore() {
        return Math.max(defaultPolicy.firstStageBeforeDays(),
                policies.values().stream().mapToInt(ReminderPolicy::firstStageBeforeDays).max().orElse(0));
    }
}
