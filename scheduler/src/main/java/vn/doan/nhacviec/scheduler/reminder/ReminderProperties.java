package vn.doan.nhacviec.scheduler.reminder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When reminders go out ({@code nhacviec.reminders.*}; the defaults are documented in
 * {@code config/application.yml}). Read through {@link ReminderSettings}, which checks them and
 * stops the start with a message naming the key when one is wrong.
 *
 * <p>Days are counted from the <em>last day on time</em> L, the day before the deadline D of "trước
 * ngày D": {@code days-before: [7, 3, 1]} reminds on L−7, L−3 and L−1; the due-day reminder is on L;
 * overdue reminders are on L+1, then every {@code overdue-every-days} days, {@code overdue-times} times;
 * escalation to the parent unit follows one interval after the last overdue reminder.
 *
 * @param defaultPolicy      the policy of every obligation that names none
 * @param policies           named policies an obligation selects with {@code reminder_policy}; a field
 *                           a named policy leaves out is taken from the default policy
 * <p>A policy's and the holidays' fields left out are taken from another policy or from the
 * defaults as a whole ({@code orElse}), which {@code @DefaultValue} cannot say: those stay nullable.
 *
 * @param windowStart        local time (of the unit) from which messages may be sent, {@code HH:mm}
 * @param windowEnd          local time after which nothing is sent until the next day
 * @param sendTime           local time of the daily reminders, inside the window
 * @param quietDays          extra days on which nothing is sent, besides the {@code holidays}:
 *                           {@code yyyy-MM-dd}, a range {@code yyyy-MM-dd..yyyy-MM-dd}, or {@code MM-dd}
 *                           for every year (bridging days the government decides each year); what falls
 *                           due on a quiet day is sent on the next working day
 * @param holidays           the holidays of every year, computed (Tết, Giỗ Tổ) or fixed (1/1, 30/4, ...)
 * @param missedAfterDays    an occurrence still open this many days after its deadline becomes MISSED
 *                           (must come after every policy's escalation)
 * @param maxItemsPerMessage a reminder listing more items is split into several messages (Zalo takes
 *                           2,000 characters)
 * @param jobs               the Quartz jobs that run all this
 */
@Validated
@ConfigurationProperties(ReminderProperties.PREFIX)
public record ReminderProperties(
        Policy defaultPolicy,
        Map<String, Policy> policies,
        @DefaultValue("07:30") @NotNull LocalTime windowStart,
        @DefaultValue("20:30") @NotNull LocalTime windowEnd,
        @DefaultValue("08:00") @NotNull LocalTime sendTime,
        @DefaultValue List<String> quietDays,
        @DefaultValue("30") int missedAfterDays,
        @DefaultValue("10") @Positive int maxItemsPerMessage,
        @DefaultValue @Valid Jobs jobs,
        Holidays holidays) {

    static final String PREFIX = "nhacviec.reminders";

    @ConstructorBinding
    public ReminderProperties {
        defaultPolicy = defaultPolicy == null ? Policy.STANDARD : defaultPolicy.orElse(Policy.STANDARD);
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        quietDays = quietDays == null ? List.of() : List.copyOf(quietDays);
        holidays = holidays == null ? Holidays.DEFAULT : holidays.orElse(Holidays.DEFAULT);
    }

    /**
     * Settings whose quiet days are exactly {@code quietDays}, without the computed holidays (tests);
     * what is null takes the default.
     */
    public ReminderProperties(Policy defaultPolicy, Map<String, Policy> policies, LocalTime windowStart, LocalTime windowEnd,
                              LocalTime sendTime, List<String> quietDays, Integer missedAfterDays,
                              Integer maxItemsPerMessage, Jobs jobs) {
        this(defaultPolicy, policies, windowStart, windowEnd, sendTime, quietDays, missedAfterDays, maxItemsPerMessage, jobs,
                defaults());
    }

    private ReminderProperties(Policy defaultPolicy, Map<String, Policy> policies, LocalTime windowStart, LocalTime windowEnd,
                               LocalTime sendTime, List<String> quietDays, Integer missedAfterDays,
                               Integer maxItemsPerMessage, Jobs jobs, ReminderProperties d) {
        this(defaultPolicy, policies, windowStart != null ? windowStart : d.windowStart, windowEnd != null ? windowEnd : d.windowEnd,
                sendTime != null ? sendTime : d.sendTime, quietDays,
                missedAfterDays != null ? missedAfterDays : d.missedAfterDays,
                maxItemsPerMessage != null ? maxItemsPerMessage : d.maxItemsPerMessage, jobs != null ? jobs : d.jobs,
                Holidays.NONE);
    }

    /** All defaults, the computed holidays included. */
    public static ReminderProperties defaults() {
        return new Binder().bindOrCreate(PREFIX, ReminderProperties.class);
    }

    /**
     * The holidays of every year ({@code nhacviec.reminders.holidays}): Tết and Giỗ Tổ Hùng Vương from
     * the Vietnamese lunar calendar, the national days of fixed date, less the days configured as not quiet.
     *
     * @param enabled       compute them (off: only {@code quiet-days} are quiet)
     * @param tetDaysBefore quiet days before the first day of the lunar year (1: the eve, 30 Tết)
     * @param tetDaysAfter  quiet days after the first day of the lunar year (4: to mùng 5)
     * @param gioTo         Giỗ Tổ Hùng Vương (10/3 lunar) is quiet
     * @param fixedDays     national days of every year, {@code MM-dd} (2/9 and the day next to it)
     * @param notQuiet      days that are not quiet although computed so (a compensating working day);
     *                      same forms as {@code quiet-days}; a day listed in {@code quiet-days} stays quiet
     */
    public record Holidays(Boolean enabled, Integer tetDaysBefore, Integer tetDaysAfter, Boolean gioTo,
                           List<String> fixedDays, List<String> notQuiet) {

        public static final Holidays DEFAULT = new Holidays(true, 1, 4, true,
                List.of("01-01", "04-30", "05-01", "09-01", "09-02"), List.of());
        public static final Holidays NONE = new Holidays(false, 0, 0, false, List.of(), List.of());

        public Holidays withEnabled(boolean on) {
            return new Holidays(on, tetDaysBefore, tetDaysAfter, gioTo, fixedDays, notQuiet);
        }

        Holidays orElse(Holidays defaults) {
            return new Holidays(
                    enabled != null ? enabled : defaults.enabled,
                    tetDaysBefore != null ? tetDaysBefore : defaults.tetDaysBefore,
                    tetDaysAfter != null ? tetDaysAfter : defaults.tetDaysAfter,
                    gioTo != null ? gioTo : defaults.gioTo,
                    fixedDays != null ? List.copyOf(fixedDays) : defaults.fixedDays,
                    notQuiet != null ? List.copyOf(notQuiet) : defaults.notQuiet);
        }
    }

    /**
     * A reminder policy; unset fields are taken from another policy ({@link #orElse}).
     *
     * @param daysBefore       reminders this many days before the last day on time
     * @param onDueDay         a reminder on the last day on time
     * @param overdueEveryDays days between overdue reminders
     * @param overdueTimes     how many overdue reminders (0 for none)
     * @param escalate         after the overdue reminders, tell the parent unit's chats
     */
    public record Policy(List<Integer> daysBefore, Boolean onDueDay, Integer overdueEveryDays, Integer overdueTimes,
                         Boolean escalate) {

        public static final Policy STANDARD = new Policy(List.of(7, 3, 1), true, 3, 3, true);

        Policy orElse(Policy defaults) {
            return new Policy(
                    daysBefore != null ? List.copyOf(daysBefore) : defaults.daysBefore,
                    onDueDay != null ? onDueDay : defaults.onDueDay,
                    overdueEveryDays != null ? overdueEveryDays : defaults.overdueEveryDays,
                    overdueTimes != null ? overdueTimes : defaults.overdueTimes,
                    escalate != null ? escalate : defaults.escalate);
        }
    }

    /**
     * The Quartz jobs.
     *
     * @param enabled    run the jobs (tests and tools switch them off and call the runs directly)
     * @param remindCron when the reminder run looks for what is due (Quartz cron, in {@code cronZone})
     * @param planCron   when occurrences are planned ahead and overdue ones marked missed
     * @param cronZone   time zone of the two crons
     * @param store      {@code memory} (RAMJobStore: SQLite, one instance) or {@code jdbc} (Quartz's
     *                   JDBC store on the application's database, for PostgreSQL; needs Quartz's
     *                   {@code qrtz_*} tables)
     * @param clustered  with {@code jdbc}: several instances share the jobs, each firing runs on one
     * @param quartz     further {@code org.quartz.*} properties, passed as they are
     */
    public record Jobs(@DefaultValue("true") boolean enabled,
                       @DefaultValue("0 0/15 * * * ?") @NotBlank String remindCron,
                       @DefaultValue("0 30 0 * * ?") @NotBlank String planCron,
                       @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId cronZone,
                       @DefaultValue("memory") String store, // checked by JobStoreCheck, which tells what to write
                       @DefaultValue("false") boolean clustered,
                       @DefaultValue Map<String, String> quartz) {

        public Jobs {
            quartz = quartz == null ? Map.of() : Map.copyOf(quartz);
        }

        public boolean jdbcStore() {
            return "jdbc".equalsIgnoreCase(store);
        }
    }
}
