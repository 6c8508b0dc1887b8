package vn.doan.nhacviec.bot.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

/**
 * Settings of the staff features ({@code nhacviec.staff.*}).
 *
 * @param triggers when the periodic jobs (notice deadlines, weekly digest) run in this process
 * @param digest   when the weekly digest goes out
 */
@Validated
@ConfigurationProperties("nhacviec.staff")
public record StaffProperties(@DefaultValue @Valid Triggers triggers, @DefaultValue @Valid Digest digest) {

    /**
     * @param enabled  run the jobs from a timer in this process; switch off when another scheduler
     *                 calls {@code NoticeDeadlines.runAt} and {@code WeeklyDigest.runAt}
     * @param interval how often the timer looks for work
     */
    public record Triggers(@DefaultValue("true") boolean enabled,
                           @DefaultValue("1m") @NotNull @PositiveDuration Duration interval) {
    }

    /**
     * @param enabled send the digest at all
     * @param day     the day of the week, {@code MONDAY} … {@code SUNDAY}
     * @param time    local time of the recipient, {@code HH:mm} (07:30: when the sending window opens)
     */
    public record Digest(@DefaultValue("true") boolean enabled,
                         @DefaultValue("MONDAY") @NotNull DayOfWeek day,
                         @DefaultValue("07:30") @NotNull LocalTime time) {
    }
}
