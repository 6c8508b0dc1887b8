package vn.doan.nhacviec.bot.staff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the staff features ({@code nhacviec.staff.*}).
 *
 * @param triggers when the periodic jobs (notice deadlines, weekly digest) run in this process
 * @param digest   when the weekly digest goes out
 */
@ConfigurationProperties("nhacviec.staff")
public record StaffProperties(Triggers triggers, Digest digest) {

    public StaffProperties {
        triggers = triggers == null ? new Triggers(null, null) : triggers;
        digest = digest == null ? new Digest(null, null, null) : digest;
    }

    /**
     * @param enabled  run the jobs from a timer in this process (default true); switch off when
     *                 another scheduler calls {@code NoticeDeadlines.runAt} and {@code WeeklyDigest.runAt}
     * @param interval how often the timer looks for work (default one minute)
     */
    public record Triggers(Boolean enabled, Duration interval) {
        public Triggers {
            enabled = enabled == null || enabled;
            interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofMinutes(1) : interval;
        }
    }

    /**
     * @param enabled send the digest at all (default true)
     * @param day     the day of the week, {@code MONDAY} … {@code SUNDAY} (default MONDAY)
     * @param time    local time of the recipient, {@code HH:mm} (default 07:30, when the sending window opens)
     */
    public record Digest(Boolean enabled, String day, String time) {
        public Digest {
            enabled = enabled == null || enabled;
            day = day == null || day.isBlank() ? "MONDAY" : day.strip().toUpperCase(Locale.ROOT);
            time = time == null || time.isBlank() ? "07:30" : time.strip();
            DayOfWeek.valueOf(day);
            LocalTime.parse(time);
        }

        public DayOfWeek dayOfWeek() {
            return DayOfWeek.valueOf(day);
        }

        public LocalTime localTime() {
            return LocalTime.parse(time);
        }
    }
}
