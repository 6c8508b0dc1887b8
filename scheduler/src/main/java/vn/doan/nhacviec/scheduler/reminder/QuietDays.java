package vn.doan.nhacviec.scheduler.reminder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Days on which nothing is sent, as local dates of the unit: the holidays of every year computed from
 * the lunar calendar (Tết and its span, Giỗ Tổ) and the fixed national days ({@link ReminderProperties.Holidays}),
 * plus the configured extra days, less the days configured as not quiet. Extra and removed days are
 * single days ({@code 2027-02-08}), ranges ({@code 2027-02-05..2027-02-10}) or days of every year
 * ({@code 09-02}).
 */
public final class QuietDays {

    /** Longest run of quiet days looked through for the next working day. */
    private static final int MAX_RUN = 366;
    private static final int MAX_TET_SPAN = 15;

    private final ReminderProperties.Holidays holidays;
    private final Days fixed;
    private final Days extra;
    private final Days removed;
    private final Map<Integer, Set<LocalDate>> lunarByYear = new ConcurrentHashMap<>();

    private QuietDays(ReminderProperties.Holidays holidays, Days fixed, Days extra, Days removed) {
        this.holidays = holidays;
        this.fixed = fixed;
        this.extra = extra;
        this.removed = removed;
    }

    /** Only the listed days, no computed holidays (tests, and {@code holidays.enabled: false}). */
    public static QuietDays parse(List<String> entries) {
        return of(ReminderProperties.Holidays.NONE, entries);
    }

    /** The computed holidays and the extra days; a bad entry is refused with its key and the entry in the message. */
    public static QuietDays of(ReminderProperties.Holidays holidays, List<String> extraDays) {
        String key = "nhacviec.reminders.holidays.";
        span(key + "tet-days-before", holidays.tetDaysBefore());
        span(key + "tet-days-after", holidays.tetDaysAfter());
        Days fixed = Days.parse(key + "fixed-days", holidays.fixedDays());
        if (!fixed.dates.isEmpty()) {
            throw new IllegalArgumentException(key + "fixed-days: write days of every year as MM-dd; "
                    + "days of one year go in nhacviec.reminders.quiet-days");
        }
        return new QuietDays(holidays, fixed, Days.parse("nhacviec.reminders.quiet-days", extraDays),
                Days.parse(key + "not-quiet", holidays.notQuiet()));
    }

    public boolean isQuiet(LocalDate day) {
        if (extra.contains(day)) {
            return true;
        }
        if (removed.contains(day)) {
            return false;
        }
        return holidays.enabled() && (fixed.contains(day) || lunarHolidays(day.getYear()).contains(day));
    }

    /** {@code day} itself if it is a working day, else the first working day after it. */
    public LocalDate workingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i < MAX_RUN && isQuiet(candidate); i++) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The quiet days between two days, both included (for tests, documentation and the year's list). */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        from.datesUntil(to.plusDays(1)).filter(this::isQuiet).forEach(result::add);
        return result;
    }

    // Tết falls between 21/1 and 20/2, so its span stays inside the Gregorian year it begins in.
    private Set<LocalDate> lunarHolidays(int year) {
        return lunarByYear.computeIfAbsent(year, y -> {
            Set<LocalDate> days = new HashSet<>();
            LocalDate tet = LunarCalendar.tet(y);
            tet.minusDays(holidays.tetDaysBefore()).datesUntil(tet.plusDays(holidays.tetDaysAfter() + 1L))
                    .forEach(days::add);
            if (holidays.gioTo()) {
                days.add(LunarCalendar.gioTo(y));
            }
            return Set.copyOf(days);
        });
    }

    private static void span(String key, int days) {
        if (days < 0 || days > MAX_TET_SPAN) {
            throw new IllegalArgumentException(key + " (" + days + ") must be between 0 and " + MAX_TET_SPAN);
        }
    }

    /** Dates and days of every year read from configuration entries. */
    private record Days(Set<LocalDate> dates, Set<MonthDay> everyYear) {

        boolean contains(LocalDate day) {
            return dates.contains(day) || everyYear.contains(MonthDay.from(day));
        }

        static Days parse(String key, List<String> entries) {
            Set<LocalDate> dates = new HashSet<>();
            Set<MonthDay> everyYear = new HashSet<>();
            for (String raw : entries) {
                String entry = raw == null ? "" : raw.strip();
                try {
                    if (entry.matches("\\d{2}-\\d{2}")) {
                        everyYear.add(MonthDay.parse("--" + entry));
                    } else if (entry.contains("..")) {
                        String[] ends = entry.split("\\.\\.", 2);
                        LocalDate from = LocalDate.parse(ends[0].strip());
                        LocalDate to = LocalDate.parse(ends[1].strip());
                        if (to.isBefore(from) || to.isAfter(from.plusDays(60))) {
                            throw new IllegalArgumentException(key + ": the range " + entry
                                    + " must run forward and last at most 60 days");
                        }
                        from.datesUntil(to.plusDays(1)).forEach(dates::add);
                    } else {
                        dates.add(LocalDate.parse(entry));
                    }
                } catch (DateTimeParseException unreadable) {
                    throw new IllegalArgumentException(key + ": cannot read «" + entry
                            + "»; write yyyy-MM-dd, yyyy-MM-dd..yyyy-MM-dd or MM-dd");
                }
            }
            return new Days(Set.copyOf(dates), Set.copyOf(everyYear));
        }
    }
}
