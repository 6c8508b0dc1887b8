package vn.doan.nhacviec.scheduler.recurrence;

import static java.util.Objects.requireNonNull;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.ONCE;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;

/** Checks a {@link Recurrence} and builds its {@link Schedule}. */
final class Schedules {

    private static final Set<Frequency> BLOCKS =
            EnumSet.of(Frequency.MONTH, Frequency.QUARTER, Frequency.HALF_YEAR, YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}/\\d{1,2})\\s*-\\s*(\\d{1,2}/\\d{1,2})");

    private Schedules() {
    }

    static Schedule of(Recurrence rule, LocalDate ruleStart, ZoneId zone) {
        requireNonNull(rule, "rule");
        requireNonNull(ruleStart, "ruleStart");
        requireNonNull(zone, "zone");
        Frequency every = rule.every();
        check(rule, every != null, "'every' is missing");
        int interval = rule.intervalOrOne();
        boolean blocks = BLOCKS.contains(every);
        check(rule, interval >= 1, "interval must be at least 1");
        check(rule, interval == 1 || blocks, "interval is only for month, quarter, half_year and year");
        check(rule, rule.anchorYear() == null || blocks, "anchorYear is only for month, quarter, half_year and year");
        check(rule, rule.lastDay() == null || blocks, "lastDay is only for month, quarter, half_year and year");
        check(rule, rule.lastDay() == null || (rule.lastDay() >= 1 && rule.lastDay() <= 31), "lastDay must be 1..31");
        check(rule, rule.window() == null || every == YEAR, "window is only for year");
        check(rule, rule.before() == null || every == YEAR || every == ONCE, "before is only for year and once");
        check(rule, count(rule.before(), rule.lastDay(), rule.window()) <= 1,
                "use only one of before, lastDay, window");

        return switch (every) {
            case DAY -> FixedCycle.daily(zone);
            case WEEK -> FixedCycle.isoWeekly(zone);
            case ONCE -> once(rule, ruleStart, zone);
            case MONTH, QUARTER, HALF_YEAR, YEAR -> rule.window() != null
                    ? yearWindows(rule, zone)
                    : monthBlocks(rule, ruleStart, zone);
        };
    }

    private static Schedule once(Recurrence rule, LocalDate ruleStart, ZoneId zone) {
        check(rule, rule.before() != null, "once needs before: dd/MM/yyyy");
        Matcher m = match(rule, DATE, rule.before(), "once needs before: dd/MM/yyyy, not " + rule.before());
        LocalDate deadline = valid(rule, () -> LocalDate.of(num(m, 3), num(m, 2), num(m, 1)),
                "before: no such day " + rule.before());
        // A plan that comes into force on or after its own deadline still gets a (one-day) period.
        LocalDate start = ruleStart.isBefore(deadline) ? ruleStart : deadline.minusDays(1);
        return new Schedule.Single(Schedule.period(deadline.toString(), start, deadline, deadline, zone));
    }

    private static Schedule yearWindows(Recurrence rule, ZoneId zone) {
        check(rule, rule.intervalOrOne() == 1, "window cannot be combined with interval");
        Matcher m = match(rule, WINDOW, rule.window(), "window needs dd/MM-dd/MM, not " + rule.window());
        MonthDay first = dayMonth(rule, "window", m.group(1));
        MonthDay last = dayMonth(rule, "window", m.group(2));
        check(rule, !first.isAfter(last), "window must not cross the end of the year");
        return new YearWindows(first, last, zone);
    }

    private static Schedule monthBlocks(Recurrence rule, LocalDate ruleStart, ZoneId zone) {
        Frequency every = rule.every();
        int interval = rule.intervalOrOne();
        int months = interval * switch (every) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            default -> 12;
        };
        int anchorYear = rule.anchorYear() != null ? rule.anchorYear() : ruleStart.getYear();
        return new MonthBlocks(anchorYear, months, key(every, interval, months), deadline(rule), zone);
    }

    private static Function<YearMonth, String> key(Frequency every, int interval, int months) {
        if (every == YEAR) {
            return interval == 1
                    ? first -> Integer.toString(first.getYear())
                    : first -> first.getYear() + "-" + (first.getYear() + interval - 1);
        }
        if (interval > 1) {
            return first -> first + "+" + months + "M";
        }
        return switch (every) {
            case QUARTER -> first -> first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
            case HALF_YEAR -> first -> first.getYear() + "-H" + ((first.getMonthValue() + 5) / 6);
            default -> YearMonth::toString;
        };
    }

    /** D from the block's last month. */
    private static Function<YearMonth, LocalDate> deadline(Recurrence rule) {
        if (rule.lastDay() != null) {
            int n = rule.lastDay();
            return last -> last.atDay(Math.min(n, last.lengthOfMonth())).plusDays(1);
        }
        if (rule.before() != null) {
            MonthDay before = dayMonth(rule, "before", rule.before());
            check(rule, rule.intervalOrOne() > 1 || !before.equals(MonthDay.of(1, 1)),
                    "before 01/01 falls on the first day of the year; leave before out for the end of the year");
            return last -> before.isValidYear(last.getYear())
                    ? before.atYear(last.getYear())
                    : LocalDate.of(last.getYear(), 3, 1); // "trước 29/02" in a common year: by 28/02
        }
        return last -> last.plusMonths(1).atDay(1);
    }

    private static MonthDay dayMonth(Recurrence rule, String field, String text) {
        Matcher m = match(rule, DAY_MONTH, text, field + " needs dd/MM, not " + text);
        return valid(rule, () -> MonthDay.of(num(m, 2), num(m, 1)), field + ": no such day " + text);
    }

    private static Matcher match(Recurrence rule, Pattern pattern, String text, String problem) {
        Matcher m = pattern.matcher(text.strip());
        check(rule, m.matches(), problem);
        return m;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static <T> T valid(Recurrence rule, Supplier<T> value, String problem) {
        try {
            return value.get();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(message(rule, problem), e);
        }
    }

    private static long count(Object... values) {
        return Arrays.stream(values).filter(Objects::nonNull).count();
    }

    private static void check(Recurrence rule, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(message(rule, problem));
        }
    }

    private static String message(Recurrence rule, String problem) {
        return "Invalid recurrence " + rule + ": " + problem;
    }
}
