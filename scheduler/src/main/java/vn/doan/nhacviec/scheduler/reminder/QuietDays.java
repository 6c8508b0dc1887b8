package vn.doan.nhacviec.scheduler.reminder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Days on which nothing is sent (Tết, national holidays), as local dates of the unit: single days
 * ({@code 2027-02-08}), ranges ({@code 2027-02-05..2027-02-10}) and days of every year
 * ({@code 09-02}).
 */
public final class QuietDays {

    /** Longest run of quiet days looked through for the next working day. */
    private static final int MAX_RUN = 366;

    private final Set<LocalDate> days = new HashSet<>();
    private final Set<MonthDay> everyYear = new HashSet<>();

    private QuietDays() {
    }

    /** Reads the configured entries; a bad one is refused with the entry in the message. */
    public static QuietDays parse(List<String> entries) {
        QuietDays quiet = new QuietDays();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip();
            try {
                if (entry.matches("\\d{2}-\\d{2}")) {
                    quiet.everyYear.add(MonthDay.parse("--" + entry));
                } else if (entry.contains("..")) {
                    String[] ends = entry.split("\\.\\.", 2);
                    LocalDate from = LocalDate.parse(ends[0].strip());
                    LocalDate to = LocalDate.parse(ends[1].strip());
                    if (to.isBefore(from) || to.isAfter(from.plusDays(60))) {
                        throw new IllegalArgumentException("nhacviec.reminders.quiet-days: the range " + entry
                                + " must run forward and last at most 60 days");
                    }
                    from.datesUntil(to.plusDays(1)).forEach(quiet.days::add);
                } else {
                    quiet.days.add(LocalDate.parse(entry));
                }
            } catch (DateTimeParseException unreadable) {
                throw new IllegalArgumentException("nhacviec.reminders.quiet-days: cannot read «" + entry
                        + "»; write yyyy-MM-dd, yyyy-MM-dd..yyyy-MM-dd or MM-dd");
            }
        }
        return quiet;
    }

    public boolean isQuiet(LocalDate day) {
        return days.contains(day) || everyYear.contains(MonthDay.from(day));
    }

    /** {@code day} itself if it is a working day, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < MAX_RUN && isQuiet(candidate); i++) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The quiet days between two days, both included (for tests and documentation). */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        from.datesUntil(to.plusDays(1)).filter(this::isQuiet).forEach(result::add);
        return result;
    }
}
