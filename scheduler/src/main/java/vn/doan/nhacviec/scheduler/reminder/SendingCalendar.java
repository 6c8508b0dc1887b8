package vn.doan.nhacviec.scheduler.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When messages may go out, in the local time of the unit they are for: never outside the sending
 * window, never on a quiet day; daily reminders from the send time on.
 */
public final class SendingCalendar {

    private final LocalTime windowStart;
    private final LocalTime windowEnd;
    private final LocalTime sendTime;
    private final QuietDays quietDays;

    public SendingCalendar(LocalTime windowStart, LocalTime windowEnd, LocalTime sendTime, QuietDays quietDays) {
        if (!windowStart.isBefore(windowEnd)) {
            throw new IllegalArgumentException("nhacviec.reminders.window-start (" + windowStart
                    + ") must come before window-end (" + windowEnd + ")");
        }
        if (sendTime.isBefore(windowStart) || !sendTime.isBefore(windowEnd)) {
            throw new IllegalArgumentException("nhacviec.reminders.send-time (" + sendTime + ") must lie inside the window "
                    + windowStart + "–" + windowEnd);
        }
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.sendTime = sendTime;
        this.quietDays = quietDays;
    }

    /** Whether daily reminders may go out at this local time: a working day, from the send time to the window's end. */
    public boolean remindersOpen(ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        return !quietDays.isQuiet(local.toLocalDate()) && !time.isBefore(sendTime) && time.isBefore(windowEnd);
    }

    /** Whether any message may go out at this local time. */
    public boolean windowOpen(ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        return !quietDays.isQuiet(local.toLocalDate()) && !time.isBefore(windowStart) && time.isBefore(windowEnd);
    }

    /** {@code now} if a message may go out now in {@code zone}, else the next opening of the window. */
    public Instant nextOpening(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (windowOpen(local)) {
            return now;
        }
        LocalDate day = local.toLocalTime().isBefore(windowStart) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return quietDays.workingDayFrom(day).atTime(windowStart).atZone(zone).toInstant();
    }

    /**
     * {@code now} if daily reminders may go out now in {@code zone}, else the next send time on a
     * working day (for a message decided in another zone's morning).
     */
    public Instant nextReminderTime(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        if (remindersOpen(local)) {
            return now;
        }
        LocalDate day = local.toLocalTime().isBefore(sendTime) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return quietDays.workingDayFrom(day).atTime(sendTime).atZone(zone).toInstant();
    }

    /** The day a reminder meant for {@code day} is sent: the day itself, or the next working day. */
    public LocalDate sendingDay(LocalDate day) {
        return quietDays.workingDayFrom(day);
    }

    public LocalTime windowStart() {
        return windowStart;
    }

    public LocalTime windowEnd() {
        return windowEnd;
    }

    public LocalTime sendTime() {
        return sendTime;
    }

    public QuietDays quietDays() {
        return quietDays;
    }
}
