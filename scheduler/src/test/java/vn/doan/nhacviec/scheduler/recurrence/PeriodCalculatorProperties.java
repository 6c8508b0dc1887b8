package vn.doan.nhacviec.scheduler.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.DAY;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.HALF_YEAR;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.MONTH;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.ONCE;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.QUARTER;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.WEEK;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.YEAR;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.doan.nhacviec.data.catalog.Recurrence;

/** Invariants of {@link PeriodCalculator} over random rules, zones and ranges within 2012–2040. */
class PeriodCalculatorProperties {

    private static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    private static final LocalDate END = LocalDate.of(2041, 1, 1);

    /** A rule for a unit, asked about {@code [from, to)}. */
    record Case(Recurrence rule, LocalDate ruleStart, ZoneId zone, LocalDate from, LocalDate to) {

        List<Period> periods() {
            return PeriodCalculator.periods(rule, ruleStart, zone, from, to);
        }

        boolean windowOrOnce() {
            return rule.window() != null || rule.every() == ONCE;
        }
    }

    // ---- ordering, overlap, coverage

    @Property(tries = 300)
    void periodsAreOrderedDisjointAndOverlapTheRange(@ForAll("cases") Case c) {
        List<Period> ps = c.periods();

        for (Period p : ps) {
            assertThat(p.start()).isBefore(p.endExclusive()).isBefore(c.to());
            assertThat(p.endExclusive()).isAfter(c.from());
        }
        for (int i = 1; i < ps.size(); i++) {
            assertThat(ps.get(i - 1).endExclusive()).isBeforeOrEqualTo(ps.get(i).start());
        }
    }

    @Property(tries = 300)
    void repeatingRulesTileTheRangeWithoutGaps(@ForAll("cases") Case c) {
        if (c.windowOrOnce() || c.from().equals(c.to())) {
            return;
        }
        List<Period> ps = c.periods();

        assertThat(ps).isNotEmpty();
        assertThat(ps.get(0).start()).isBeforeOrEqualTo(c.from());
        assertThat(ps.get(ps.size() - 1).endExclusive()).isAfterOrEqualTo(c.to());
        for (int i = 1; i < ps.size(); i++) {
            assertThat(ps.get(i).start()).isEqualTo(ps.get(i - 1).endExclusive());
        }
    }

    @Property(tries = 300)
    void windowsAndOnceAreExactlyThoseOverlappingTheRange(@ForAll("cases") Case c) {
        if (!c.windowOrOnce()) {
            return;
        }
        List<Period> expected = new ArrayList<>();
        if (c.rule().every() == ONCE) {
            expected.add(expectedOnce(c));
        } else {
            for (int year = c.from().getYear(); year <= c.to().getYear(); year++) {
                expected.add(expectedWindow(c, year));
            }
        }
        // an empty range has no periods (documented on PeriodCalculator.periods)
        expected.removeIf(p -> c.from().equals(c.to()) || !p.start().isBefore(c.to()) || !p.endExclusive().isAfter(c.from()));

        assertThat(c.periods()).isEqualTo(expected);
    }

    // ---- each period where the rule says

    @Property(tries = 300)
    void periodsHaveTheShapeAndKeyTheRuleSays(@ForAll("cases") Case c) {
        Recurrence r = c.rule();
        for (Period p : c.periods()) {
            LocalDate start = p.start();
            switch (r.every()) {
                case DAY -> {
                    assertThat(p.endExclusive()).isEqualTo(start.plusDays(1));
                    assertThat(p.key()).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE.format(start));
                }
                case WEEK -> {
                    assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(p.endExclusive()).isEqualTo(start.plusWeeks(1));
                    assertThat(p.key()).isEqualTo(DateTimeFormatter.ISO_WEEK_DATE.format(start).substring(0, 8));
                }
                case ONCE -> assertThat(p).isEqualTo(expectedOnce(c));
                default -> {
                    if (r.window() != null) {
                        assertThat(p).isEqualTo(expectedWindow(c, start.getYear()));
                    } else {
                        assertBlock(c, p);
                    }
                }
            }
        }
    }

    private static void assertBlock(Case c, Period p) {
        Recurrence r = c.rule();
        int n = r.intervalOrOne();
        int months = n * switch (r.every()) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            default -> 12;
        };
        int anchorYear = r.anchorYear() != null ? r.anchorYear() : c.ruleStart().getYear();
        LocalDate start = p.start();

        assertThat(start.getDayOfMonth()).isEqualTo(1);
        assertThat(p.endExclusive()).isEqualTo(start.plusMonths(months));
        assertThat(Math.floorMod(ChronoUnit.MONTHS.between(LocalDate.of(anchorYear, 1, 1), start), months)).isZero();
        int year = start.getYear();
        String expectedKey;
        if (r.every() == YEAR) {
            expectedKey = n == 1 ? "" + year : year + "-" + (year + n - 1);
        } else if (n > 1) {
            expectedKey = String.format(Locale.ROOT, "%d-%02d+%dM", year, start.getMonthValue(), months);
        } else {
            expectedKey = switch (r.every()) {
                case QUARTER -> year + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
                case HALF_YEAR -> year + (start.getMonthValue() <= 6 ? "-H1" : "-H2");
                default -> String.format(Locale.ROOT, "%d-%02d", year, start.getMonthValue());
            };
        }
        assertThat(p.key()).isEqualTo(expectedKey);
    }

    @Property(tries = 300)
    void deadlinesAreWhereTheRuleSays(@ForAll("cases") Case c) {
        Recurrence r = c.rule();
        for (Period p : c.periods()) {
            LocalDate lastOfPeriod = p.endExclusive().minusDays(1);
            LocalDate expected;
            if (r.every() == ONCE) {
                expected = parseDate(r.before());
            } else if (r.lastDay() != null) {
                expected = lastOfPeriod.withDayOfMonth(Math.min(r.lastDay(), lastOfPeriod.lengthOfMonth())).plusDays(1);
            } else if (r.before() != null) {
                MonthDay md = parseDayMonth(r.before());
                int year = lastOfPeriod.getYear();
                expected = md.equals(MonthDay.of(2, 29)) && !Year.isLeap(year)
                        ? LocalDate.of(year, 3, 1)
                        : md.atYear(year);
            } else {
                expected = p.endExclusive();
            }

            assertThat(p.deadline()).isEqualTo(expected).isAfter(p.start()).isBeforeOrEqualTo(p.endExclusive());
        }
    }

    @Property(tries = 300)
    void dueAtIsLocalMidnightOfTheDeadline(@ForAll("cases") Case c) {
        for (Period p : c.periods()) {
            // the first instant of D in the zone, even where a clock change skips midnight
            assertThat(p.dueAt().atZone(c.zone()).toLocalDate()).isEqualTo(p.deadline());
            assertThat(p.dueAt().minusNanos(1).atZone(c.zone()).toLocalDate()).isEqualTo(p.lastDay());
        }
    }

    @Property(tries = 300)
    void keysAreUniqueAndShort(@ForAll("cases") Case c) {
        List<String> keys = c.periods().stream().map(Period::key).toList();

        assertThat(keys).doesNotHaveDuplicates().allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(16));
    }

    // ---- consistency between calls

    @Property(tries = 200)
    void splittingTheRangeFindsTheSamePeriods(@ForAll("cases") Case c, @ForAll @IntRange(max = 1000) int cut) {
        LocalDate mid = c.from().plusDays(cut % (1 + ChronoUnit.DAYS.between(c.from(), c.to())));
        List<Period> joined =
                new ArrayList<>(PeriodCalculator.periods(c.rule(), c.ruleStart(), c.zone(), c.from(), mid));
        for (Period p : PeriodCalculator.periods(c.rule(), c.ruleStart(), c.zone(), mid, c.to())) {
            if (joined.isEmpty() || !joined.get(joined.size() - 1).equals(p)) {
                joined.add(p);
            }
        }

        assertThat(joined).isEqualTo(c.periods());
    }

    @Property(tries = 200)
    void periodContainingAgreesWithPeriods(@ForAll("cases") Case c) {
        LocalDate day = c.from();
        Optional<Period> expected =
                PeriodCalculator.periods(c.rule(), c.ruleStart(), c.zone(), day, day.plusDays(1)).stream().findFirst();

        assertThat(PeriodCalculator.periodContaining(c.rule(), c.ruleStart(), c.zone(), day)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void nextDueIsTheFirstPeriodDueAfterTheInstant(
            @ForAll("cases") Case c, @ForAll @IntRange(max = 24 * 3600 - 1) int secondOfDay) {
        Instant after = c.from().atStartOfDay(c.zone()).plusSeconds(secondOfDay).toInstant();
        // wide enough for blocks of up to four years, or anywhere for the single period of a once rule
        boolean once = c.rule().every() == ONCE;
        LocalDate searchFrom = once ? FIRST.minusYears(1) : c.from().minusYears(5);
        LocalDate searchTo = once ? END : c.from().plusYears(6);
        Optional<Period> expected = PeriodCalculator.periods(c.rule(), c.ruleStart(), c.zone(), searchFrom, searchTo)
                .stream().filter(p -> p.dueAt().isAfter(after)).findFirst();

        assertThat(PeriodCalculator.nextDue(c.rule(), c.ruleStart(), c.zone(), after)).isEqualTo(expected);
    }

    // ---- expectations computed the plain way

    private static Period expectedOnce(Case c) {
        LocalDate deadline = parseDate(c.rule().before());
        LocalDate start = c.ruleStart().isBefore(deadline) ? c.ruleStart() : deadline.minusDays(1);
        return new Period(deadline.toString(), start, deadline, deadline, deadline.atStartOfDay(c.zone()).toInstant());
    }

    private static Period expectedWindow(Case c, int year) {
        String[] bounds = c.rule().window().split("-");
        LocalDate start = parseDayMonth(bounds[0]).atYear(year);
        LocalDate end = parseDayMonth(bounds[1]).atYear(year).plusDays(1);
        return new Period("" + year, start, end, end, end.atStartOfDay(c.zone()).toInstant());
    }

    private static MonthDay parseDayMonth(String ddMM) {
        String[] parts = ddMM.split("/");
        return MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }

    private static LocalDate parseDate(String ddMMyyyy) {
        String[] parts = ddMMyyyy.split("/");
        return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
    }

    // ---- generators

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> from = dates(FIRST, END.minusDays(1));
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 800);
        Arbitrary<ZoneId> zones = Arbitraries.of(
                "Asia/Ho_Chi_Minh", "Europe/Moscow", "UTC", "America/New_York", "Australia/Sydney",
                "Asia/Kolkata", "Pacific/Kiritimati", "America/Sao_Paulo" /* clocks skipped midnight until 2019 */)
                .map(ZoneId::of);
        return Combinators.combine(rules(), dates(FIRST, END.minusDays(1)), zones, from, length)
                .as((rule, ruleStart, zone, f, len) -> {
                    LocalDate to = f.plusDays(len);
                    return new Case(rule, ruleStart, zone, f, to.isAfter(END) ? END : to);
                });
    }

    private static Arbitrary<Recurrence> rules() {
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 4).injectNull(0.2);
        Arbitrary<Integer> anchorYear = Arbitraries.integers().between(2012, 2040).injectNull(0.5);

        Arbitrary<Recurrence> dayOrWeek = Arbitraries.of(DAY, WEEK)
                .map(f -> new Recurrence(f, null, null, null, null, null));
        Arbitrary<Recurrence> blocks = Combinators.combine(
                        Arbitraries.of(MONTH, QUARTER, HALF_YEAR, YEAR), interval, anchorYear,
                        Arbitraries.integers().between(1, 31).injectNull(0.4))
                .as((every, n, anchor, lastDay) -> new Recurrence(every, n, anchor, null, lastDay, null));
        Arbitrary<Recurrence> yearBefore = Combinators.combine(interval, anchorYear, monthDays())
                .filter((n, anchor, before) -> n != null && n > 1 || !before.equals(MonthDay.of(1, 1)))
                .as((n, anchor, before) -> new Recurrence(YEAR, n, anchor, format(before), null, null));
        Arbitrary<Recurrence> yearWindow = Combinators.combine(monthDays(), monthDays())
                .as((a, b) -> a.isAfter(b) ? format(b) + "-" + format(a) : format(a) + "-" + format(b))
                .map(window -> new Recurrence(YEAR, null, null, null, null, window));
        Arbitrary<Recurrence> once = dates(FIRST, END.minusDays(1))
                .map(d -> new Recurrence(ONCE, null, null, format(MonthDay.from(d)) + "/" + d.getYear(), null, null));

        return Arbitraries.oneOf(dayOrWeek, blocks, yearBefore, yearWindow, once);
    }

    private static Arbitrary<MonthDay> monthDays() {
        return dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).map(MonthDay::from); // 2024 has 29/02
    }

    private static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static String format(MonthDay md) {
        return String.format(Locale.ROOT, "%02d/%02d", md.getDayOfMonth(), md.getMonthValue());
    }
}
