package vn.doan.nhacviec.scheduler.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.doan.nhacviec.data.catalog.Recurrence;

/**
 * The periods and deadlines of a {@link Recurrence}; pure and stateless. The rule's javadoc is the
 * specification. In addition:
 * <ul>
 *   <li>{@code ruleStart} (the day the plan comes into force) is the default anchor year for
 *       interval &gt; 1 and the start of the single {@code once} period. Periods are not cut at
 *       {@code ruleStart}: callers intersect with the plan's time in force.</li>
 *   <li>Blocks of several months (month, quarter, half-year with interval &gt; 1) are keyed by their
 *       first month and length, e.g. {@code 2026-07+6M}; blocks of years by first and last year.</li>
 *   <li>{@code before 29/02} means D = 01/03 in a common year; a window day 29/02 means 28/02 there.</li>
 *   <li>Refused with {@link IllegalArgumentException}: interval, anchorYear or lastDay on day, week
 *       or once; before other than on year or once; window other than on a year rule with interval 1
 *       and inside one calendar year; more than one of before, lastDay, window; before 01/01 on a
 *       yearly rule with interval 1 (D would be the period's first day).</li>
 * </ul>
 */
public final class PeriodCalculator {

    private PeriodCalculator() {
    }

    /**
     * Every period that overlaps {@code [from, toExclusive)}, in order: those with
     * {@code start < toExclusive} and {@code endExclusive > from}. An empty range has none.
     */
    public static List<Period> periods(
            Recurrence rule, LocalDate ruleStart, ZoneId zone, LocalDate from, LocalDate toExclusive) {
        Schedule schedule = Schedules.of(rule, ruleStart, zone);
        requireNonNull(from, "from");
        requireNonNull(toExclusive, "toExclusive");
        if (from.isAfter(toExclusive)) {
            throw new IllegalArgumentException("from " + from + " is after toExclusive " + toExclusive);
        }
        if (from.equals(toExclusive)) {
            return List.of();
        }
        return schedule.from(from).takeWhile(p -> p.start().isBefore(toExclusive)).toList();
    }

    /** The period that contains {@code day}; empty outside a window or the single {@code once} period. */
    public static Optional<Period> periodContaining(Recurrence rule, LocalDate ruleStart, ZoneId zone, LocalDate day) {
        requireNonNull(day, "day");
        return Schedules.of(rule, ruleStart, zone).from(day).findFirst().filter(p -> !p.start().isAfter(day));
    }

    /** The first period whose {@code dueAt} is after {@code after}; empty once a {@code once} rule is past due. */
    public static Optional<Period> nextDue(Recurrence rule, LocalDate ruleStart, ZoneId zone, Instant after) {
        Schedule schedule = Schedules.of(rule, ruleStart, zone);
        // Periods ending on or before that day fall due by its midnight, so they cannot qualify; and
        // deadlines strictly increase, so the search ends within two periods.
        LocalDate day = LocalDate.ofInstant(requireNonNull(after, "after"), zone);
        return schedule.from(day).filter(p -> p.dueAt().isAfter(after)).findFirst();
    }
}
