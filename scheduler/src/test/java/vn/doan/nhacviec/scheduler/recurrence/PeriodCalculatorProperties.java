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
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doan.nhacviec.data.catalog.Recurrence;

/**
 * Invariants of {@link PeriodCalculator} over random rules, zones and ranges within 2012–2040: 300
 * cases drawn from a fixed seed (printed in each case's name), so a failure replays exactly.
 */
class PeriodCalculatorProperties {

    static final long SEED = 20121204L;
    static final int CASES = 300;

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

        @Override
        public String toString() {
            return "seed " + SEED + ": " + rule + " from " + ruleStart + " in " + zone + ", asked " + from + ".." + to;
        }
    }

    // ---- ordering, overlap, coverage

    @ParameterizedTest
    @MethodSource("cases")
    void periodsAreOrderedDisjointAndOverlapTheRange(Case c) {
        List<Period> ps = c.periods();

        for (Period p : ps) {
            assertThat(p.start()).isBefore(p.endExclusive()).isBefore(c.to());
            assertThat(p.endExclusive()).isAfter(c.from());
        }
        for (int i = 1; i < ps.size(); i++) {
            assertThat(ps.get(i - 1).endExclusive()).isBeforeOrEqualTo(ps.get(i).start());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void repeatingRulesTileTheRangeWithoutGaps(Case c) {
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

    @ParameterizedTest
    @MethodSource("cases")
    void windowsAndOnceAreExactlyThoseOverlappingTheRange(Case c) {
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

    @ParameterizedTest
    @MethodSource("cases")
    void periodsHaveTheShapeAndKeyTheRuleSays(Case c) {
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

    @ParameterizedTest
    @MethodSource("cases")
    void deadlinesAreWhereTheRuleSays(Case c) {
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

    @ParameterizedTest
    @MethodSource("cases")
    void dueAtIsLocalMidnightOfTheDeadline(Case c) {
        for (Period p : c.periods()) {
            // the first instant of D in the zone, even where a clock change skips midnight
            assertThat(p.dueAt().atZone(c.zone()).toLocalDate()).isEqualTo(p.deadline());
            assertThat(p.dueAt().minusNanos(1).atZone(c.zone()).toLocalDate()).isEqualTo(p.lastDay());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void keysAreUniqueAndShort(Case c) {
        List<String> keys = c.periods().stream().map(Period::key).toList();

        assertThat(keys).doesNotHaveDuplicates().allSatisfy(k -> assertThat(k).hasSizeLessThanOrEqualTo(16));
    }

    // ---- consistency between calls

    @ParameterizedTest
    @MethodSource("casesWithACut")
    void splittingTheRangeFindsTheSamePeriods(Case c, int cut) {
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

    @ParameterizedTest
    @MethodSource("cases")
    void periodContainingAgreesWithPeriods(Case c) {
        LocalDate day = c.from();
        Optional<Period> expected =
                PeriodCalculator.periods(c.rule(), c.ruleStart(), c.zone(), day, day.plusDays(1)).stream().findFirst();

        assertThat(PeriodCalculator.periodContaining(c.rule(), c.ruleStart(), c.zone(), day)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("casesWithASecondOfDay")
    void nextDueIsTheFirstPeriodDueAfterTheInstant(Case c, int secondOfDay) {
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

    // ---- generators (java.util.Random from the fixed seed)

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> aCase(random));
    }

    static Stream<Arguments> casesWithACut() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(aCase(random), random.nextInt(1001)));
    }

    static Stream<Arguments> casesWithASecondOfDay() {
        Random random = new Random(SEED + 2);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(aCase(random), random.nextInt(24 * 3600)));
    }

    private static final List<String> ZONES = List.of("Asia/Ho_Chi_Minh", "Europe/Moscow", "UTC", "America/New_York",
            "Australia/Sydney", "Asia/Kolkata", "Pacific/Kiritimati", "America/Sao_Paulo" /* clocks skipped midnight until 2019 */);

    private static Case aCase(Random random) {
        Recurrence rule = rule(random);
        LocalDate ruleStart = date(random, FIRST, END.minusDays(1));
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        LocalDate from = date(random, FIRST, END.minusDays(1));
        LocalDate to = from.plusDays(random.nextInt(801));
        return new Case(rule, ruleStart, zone, from, to.isAfter(END) ? END : to);
    }

    private static Recurrence rule(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Recurrence(random.nextBoolean() ? DAY : WEEK, null, null, null, null, null);
            case 1 -> new Recurrence(List.of(MONTH, QUARTER, HALF_YEAR, YEAR).get(random.nextInt(4)), interval(random),
                    anchorYear(random), null, random.nextDouble() < 0.4 ? null : 1 + random.nextInt(31), null);
            case 2 -> {
                Integer n = interval(random);
                MonthDay before = monthDay(random);
                // as before: «before 01/01» only for rules repeating over several years
                while ((n == null || n == 1) && before.equals(MonthDay.of(1, 1))) {
                    before = monthDay(random);
                }
                yield new Recurrence(YEAR, n, anchorYear(random), format(before), null, null);
            }
            case 3 -> {
                MonthDay a = monthDay(random);
                MonthDay b = monthDay(random);
                String window = a.isAfter(b) ? format(b) + "-" + format(a) : format(a) + "-" + format(b);
                yield new Recurrence(YEAR, null, null, null, null, window);
            }
            default -> {
                LocalDate d = date(random, FIRST, END.minusDays(1));
                yield new Recurrence(ONCE, null, null, format(MonthDay.from(d)) + "/" + d.getYear(), null, null);
            }
        };
    }

    private static Integer interval(Random random) {
        return random.nextDouble() < 0.2 ? null : 1 + random.nextInt(4);
    }

    private static Integer anchorYear(Random random) {
        return random.nextBoolean() ? null : 2012 + random.nextInt(29);
    }

    private static MonthDay monthDay(Random random) {
        return MonthDay.from(date(random, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))); // 2024 has 29/02
    }

    private static LocalDate date(Random random, LocalDate first, LocalDate last) {
        return LocalDate.ofEpochDay(first.toEpochDay() + random.nextInt((int) (last.toEpochDay() - first.toEpochDay() + 1)));
    }

    private static String format(MonthDay md) {
        return String.format(Locale.ROOT, "%02d/%02d", md.getDayOfMonth(), md.getMonthValue());
    }
}
