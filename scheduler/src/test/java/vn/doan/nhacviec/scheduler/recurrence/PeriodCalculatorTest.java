package vn.doan.nhacviec.scheduler.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.DAY;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.HALF_YEAR;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.MONTH;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.ONCE;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.QUARTER;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.WEEK;
import static vn.doan.nhacviec.data.catalog.Recurrence.Frequency.YEAR;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.time.VietnamTime;

class PeriodCalculatorTest {

    static final ZoneId HCM = VietnamTime.ZONE;
    static final LocalDate PLAN_START = LocalDate.of(2026, 1, 15);

    static Recurrence every(Frequency every) {
        return new Recurrence(every, null, null, null, null, null);
    }

    static Recurrence every(Frequency every, int interval, Integer anchorYear) {
        return new Recurrence(every, interval, anchorYear, null, null, null);
    }

    static Recurrence lastDay(Frequency every, int lastDay) {
        return new Recurrence(every, null, null, null, lastDay, null);
    }

    static Recurrence yearlyBefore(String before) {
        return new Recurrence(YEAR, null, null, before, null, null);
    }

    static Recurrence yearlyWindow(String window) {
        return new Recurrence(YEAR, null, null, null, null, window);
    }

    static Recurrence once(String before) {
        return new Recurrence(ONCE, null, null, before, null, null);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Period containing(Recurrence rule, LocalDate day) {
        return PeriodCalculator.periodContaining(rule, PLAN_START, HCM, day).orElseThrow();
    }

    static List<Period> periods(Recurrence rule, LocalDate from, LocalDate toExclusive) {
        return PeriodCalculator.periods(rule, PLAN_START, HCM, from, toExclusive);
    }

    static List<String> keys(List<Period> periods) {
        return periods.stream().map(Period::key).toList();
    }

    @Nested
    class Monthly {

        @Test
        void branchMeetingInNovember2026FallsDueOnFirstOfDecember() {
            Period p = containing(every(MONTH), date(2026, 11, 22));

            assertThat(p.key()).isEqualTo("2026-11");
            assertThat(p.start()).isEqualTo(date(2026, 11, 1));
            assertThat(p.endExclusive()).isEqualTo(date(2026, 12, 1));
            assertThat(p.deadline()).isEqualTo(date(2026, 12, 1));
            assertThat(p.lastDay()).isEqualTo(date(2026, 11, 30));
        }

        @Test
        void lastDay31IsTheLastDayOfALeapFebruary() {
            Period p = containing(lastDay(MONTH, 31), date(2028, 2, 10));

            assertThat(p.lastDay()).isEqualTo(date(2028, 2, 29));
            assertThat(p.deadline()).isEqualTo(date(2028, 3, 1));
        }

        @Test
        void lastDay31IsThe28thOfACommonFebruary() {
            Period p = containing(lastDay(MONTH, 31), date(2027, 2, 10));

            assertThat(p.lastDay()).isEqualTo(date(2027, 2, 28));
            assertThat(p.deadline()).isEqualTo(date(2027, 3, 1));
        }

        @Test
        void lastDay31IsThe30thOfApril() {
            assertThat(containing(lastDay(MONTH, 31), date(2026, 4, 1)).lastDay()).isEqualTo(date(2026, 4, 30));
        }

        @Test
        void lastDay25FallsDueOnThe26th() {
            Period p = containing(lastDay(MONTH, 25), date(2026, 11, 1));

            assertThat(p.deadline()).isEqualTo(date(2026, 11, 26));
            assertThat(p.endExclusive()).isEqualTo(date(2026, 12, 1));
        }

        @Test
        void blocksOfThreeMonthsAlignToJanuaryOfTheAnchorYear() {
            List<Period> ps = periods(every(MONTH, 3, 2025), date(2026, 9, 1), date(2027, 1, 2));

            assertThat(keys(ps)).containsExactly("2026-07+3M", "2026-10+3M", "2027-01+3M");
            assertThat(ps.get(1).deadline()).isEqualTo(date(2027, 1, 1));
        }

        @Test
        void blocksOfFiveMonthsRunAcrossYears() {
            List<Period> ps = periods(every(MONTH, 5, 2026), date(2026, 1, 1), date(2027, 4, 1));

            assertThat(keys(ps)).containsExactly("2026-01+5M", "2026-06+5M", "2026-11+5M");
            assertThat(ps.get(2).endExclusive()).isEqualTo(date(2027, 4, 1));
        }

        @Test
        void anchorDefaultsToTheYearTheRuleStarts() {
            Recurrence everyOtherMonth = every(MONTH, 2, null);

            assertThat(PeriodCalculator.periodContaining(everyOtherMonth, date(2026, 6, 1), HCM, date(2026, 2, 1)))
                    .map(Period::key).contains("2026-01+2M");
            assertThat(PeriodCalculator.periodContaining(everyOtherMonth, date(2027, 6, 1), HCM, date(2026, 2, 1)))
                    .map(Period::key).contains("2026-01+2M");
        }
    }

    @Nested
    class Quarterly {

        @Test
        void fourthQuarter2026FallsDueOnNewYearsDay() {
            Period p = containing(every(QUARTER), date(2026, 11, 22));

            assertThat(p.key()).isEqualTo("2026-Q4");
            assertThat(p.start()).isEqualTo(date(2026, 10, 1));
            assertThat(p.deadline()).isEqualTo(date(2027, 1, 1));
        }

        @Test
        void lastDayCountsInTheQuartersLastMonth() {
            assertThat(containing(lastDay(QUARTER, 20), date(2026, 4, 2)).deadline()).isEqualTo(date(2026, 6, 21));
        }

        @Test
        void listsTheQuartersOfAYear() {
            assertThat(keys(periods(every(QUARTER), date(2026, 1, 1), date(2027, 1, 1))))
                    .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        }

        @Test
        void everyOtherQuarterIsABlockOfSixMonths() {
            Period p = containing(every(QUARTER, 2, 2026), date(2026, 8, 1));

            assertThat(p.key()).isEqualTo("2026-07+6M");
            assertThat(p.deadline()).isEqualTo(date(2027, 1, 1));
        }
    }

    @Nested
    class HalfYearly {

        @Test
        void halves() {
            Period h1 = containing(every(HALF_YEAR), date(2026, 3, 3));
            Period h2 = containing(every(HALF_YEAR), date(2026, 12, 31));

            assertThat(h1.key()).isEqualTo("2026-H1");
            assertThat(h1.deadline()).isEqualTo(date(2026, 7, 1));
            assertThat(h2.key()).isEqualTo("2026-H2");
            assertThat(h2.start()).isEqualTo(date(2026, 7, 1));
            assertThat(h2.deadline()).isEqualTo(date(2027, 1, 1));
        }

        @Test
        void lastDay15InTheHalfsLastMonth() {
            assertThat(containing(lastDay(HALF_YEAR, 15), date(2026, 1, 1)).lastDay()).isEqualTo(date(2026, 6, 15));
        }
    }

    @Nested
    class Yearly {

        @Test
        void calendarYearFallsDueOnNewYearsDay() {
            Period p = containing(every(YEAR), date(2026, 5, 1));

            assertThat(p.key()).isEqualTo("2026");
            assertThat(p.start()).isEqualTo(date(2026, 1, 1));
            assertThat(p.deadline()).isEqualTo(date(2027, 1, 1));
        }

        @Test
        void reportBefore15MayIsDueAtMidnightInVietnam() {
            Period p = containing(yearlyBefore("15/05"), date(2026, 1, 1));

            assertThat(p.deadline()).isEqualTo(date(2026, 5, 15));
            assertThat(p.lastDay()).isEqualTo(date(2026, 5, 14));
            assertThat(p.dueAt()).isEqualTo(Instant.parse("2026-05-14T17:00:00Z"));
            assertThat(p.endExclusive()).isEqualTo(date(2027, 1, 1));
        }

        @Test
        void before15November() {
            assertThat(containing(yearlyBefore("15/11"), date(2026, 12, 1)).deadline()).isEqualTo(date(2026, 11, 15));
        }

        @Test
        void singleDigitDayAndMonthAreAccepted() {
            assertThat(containing(yearlyBefore("1/5"), date(2026, 12, 1)).deadline()).isEqualTo(date(2026, 5, 1));
        }

        @Test
        void before29FebruaryIs1MarchInACommonYear() {
            assertThat(containing(yearlyBefore("29/02"), date(2027, 6, 1)).deadline()).isEqualTo(date(2027, 3, 1));
            assertThat(containing(yearlyBefore("29/02"), date(2028, 6, 1)).deadline()).isEqualTo(date(2028, 2, 29));
        }

        @Test
        void lastDayCountsInDecember() {
            assertThat(containing(lastDay(YEAR, 20), date(2026, 6, 1)).deadline()).isEqualTo(date(2026, 12, 21));
        }

        @Test
        void everyTwoYearsAnchoredIn2021() {
            List<Period> ps = periods(every(YEAR, 2, 2021), date(2021, 1, 1), date(2025, 1, 1));

            assertThat(keys(ps)).containsExactly("2021-2022", "2023-2024");
            assertThat(ps.get(0).start()).isEqualTo(date(2021, 1, 1));
            assertThat(ps.get(0).deadline()).isEqualTo(date(2023, 1, 1));
            assertThat(ps.get(1).endExclusive()).isEqualTo(date(2025, 1, 1));
        }

        @Test
        void beforeInABlockOfYearsIsInItsLastYear() {
            Recurrence rule = new Recurrence(YEAR, 2, 2021, "15/05", null, null);

            assertThat(PeriodCalculator.periodContaining(rule, PLAN_START, HCM, date(2023, 1, 1)))
                    .map(Period::deadline).contains(date(2024, 5, 15));
        }
    }

    @Nested
    class Window {

        @Test
        void firstQuarterWindowIsThePeriod() {
            Period p = containing(yearlyWindow("01/01-31/03"), date(2026, 2, 1));

            assertThat(p.key()).isEqualTo("2026");
            assertThat(p.start()).isEqualTo(date(2026, 1, 1));
            assertThat(p.endExclusive()).isEqualTo(date(2026, 4, 1));
            assertThat(p.deadline()).isEqualTo(date(2026, 4, 1));
        }

        @Test
        void noPeriodOutsideTheWindow() {
            Recurrence rule = yearlyWindow("01/06-31/08");

            assertThat(PeriodCalculator.periodContaining(rule, PLAN_START, HCM, date(2026, 9, 1))).isEmpty();
            assertThat(periods(rule, date(2026, 9, 1), date(2027, 6, 1))).isEmpty();
            assertThat(keys(periods(rule, date(2026, 8, 31), date(2027, 6, 2)))).containsExactly("2026", "2027");
        }

        @Test
        void windowEndingOn29FebruaryEndsOn28FebruaryInACommonYear() {
            Recurrence rule = yearlyWindow("01/02-29/02");

            assertThat(containing(rule, date(2027, 2, 1)).lastDay()).isEqualTo(date(2027, 2, 28));
            assertThat(containing(rule, date(2028, 2, 1)).lastDay()).isEqualTo(date(2028, 2, 29));
        }
    }

    @Nested
    class Once {

        @Test
        void runsFromTheRuleStartToTheDeadline() {
            List<Period> ps = PeriodCalculator.periods(
                    once("30/09/2012"), date(2012, 3, 1), HCM, date(2012, 1, 1), date(2013, 1, 1));

            assertThat(ps).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("2012-09-30");
                assertThat(p.start()).isEqualTo(date(2012, 3, 1));
                assertThat(p.endExclusive()).isEqualTo(date(2012, 9, 30));
                assertThat(p.deadline()).isEqualTo(date(2012, 9, 30));
                assertThat(p.dueAt()).isEqualTo(Instant.parse("2012-09-29T17:00:00Z"));
            });
        }

        @Test
        void ruleStartingOnOrAfterItsDeadlineGetsTheDayBefore() {
            Period p = PeriodCalculator.periodContaining(once("30/09/2012"), date(2012, 10, 5), HCM, date(2012, 9, 29))
                    .orElseThrow();

            assertThat(p.start()).isEqualTo(date(2012, 9, 29));
            assertThat(p.endExclusive()).isEqualTo(date(2012, 9, 30));
        }

        @Test
        void nothingOutsideItsPeriod() {
            Recurrence rule = once("30/09/2012");

            assertThat(PeriodCalculator.periods(rule, date(2012, 3, 1), HCM, date(2012, 9, 30), date(2013, 1, 1)))
                    .isEmpty();
            assertThat(PeriodCalculator.periods(rule, date(2012, 3, 1), HCM, date(2012, 1, 1), date(2012, 3, 1)))
                    .isEmpty();
        }
    }

    @Nested
    class Weekly {

        @Test
        void isoWeeksAcrossTheYearBoundary2026Has53Weeks() {
            List<Period> ps = periods(every(WEEK), date(2026, 12, 25), date(2027, 1, 5));

            assertThat(keys(ps)).containsExactly("2026-W52", "2026-W53", "2027-W01");
            Period w53 = ps.get(1);
            assertThat(w53.start()).isEqualTo(date(2026, 12, 28));
            assertThat(w53.endExclusive()).isEqualTo(date(2027, 1, 4));
            assertThat(w53.deadline()).isEqualTo(date(2027, 1, 4));
        }

        @Test
        void lateDecemberCanBelongToNextYearsFirstWeek() {
            assertThat(containing(every(WEEK), date(2024, 12, 31)).key()).isEqualTo("2025-W01");
        }
    }

    @Nested
    class Daily {

        @Test
        void eachDayFallsDueAtTheNextMidnight() {
            List<Period> ps = periods(every(DAY), date(2026, 2, 27), date(2026, 3, 2));

            assertThat(keys(ps)).containsExactly("2026-02-27", "2026-02-28", "2026-03-01");
            assertThat(ps.get(1).deadline()).isEqualTo(date(2026, 3, 1));
            assertThat(ps.get(1).dueAt()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        }
    }

    @Nested
    class TimeZones {

        @Test
        void aUnitInMoscowHasTheSameLocalDatesButALaterDueInstant() {
            Recurrence rule = yearlyBefore("15/05");
            ZoneId moscowZone = ZoneId.of("Europe/Moscow");
            Period vietnam = PeriodCalculator.periodContaining(rule, PLAN_START, HCM, date(2026, 3, 1)).orElseThrow();
            Period moscow =
                    PeriodCalculator.periodContaining(rule, PLAN_START, moscowZone, date(2026, 3, 1)).orElseThrow();

            assertThat(moscow.deadline()).isEqualTo(vietnam.deadline());
            assertThat(moscow.start()).isEqualTo(vietnam.start());
            assertThat(moscow.key()).isEqualTo(vietnam.key());
            assertThat(moscow.dueAt()).isEqualTo(Instant.parse("2026-05-14T21:00:00Z"));
        }
    }

    @Nested
    class RangeEdges {

        @Test
        void aPeriodEndingAtFromIsLeftOut() {
            assertThat(keys(periods(every(MONTH), date(2026, 12, 1), date(2027, 1, 1)))).containsExactly("2026-12");
        }

        @Test
        void aPeriodStartingAtToExclusiveIsLeftOut() {
            assertThat(keys(periods(every(MONTH), date(2026, 11, 30), date(2026, 12, 1)))).containsExactly("2026-11");
        }

        @Test
        void partlyCoveredPeriodsAtBothEndsAreIncluded() {
            assertThat(keys(periods(every(QUARTER), date(2026, 3, 31), date(2026, 7, 2))))
                    .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        }

        @Test
        void anEmptyRangeHasNoPeriods() {
            assertThat(periods(every(MONTH), date(2026, 11, 15), date(2026, 11, 15))).isEmpty();
        }

        @Test
        void periodsAreNotCutAtTheRuleStart() {
            assertThat(periods(every(MONTH), date(2025, 12, 1), date(2026, 1, 1))).hasSize(1);
        }

        @Test
        void aReversedRangeIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> periods(every(MONTH), date(2026, 2, 1), date(2026, 1, 1)));
        }
    }

    @Nested
    class NextDue {

        @Test
        void anInstantExactlyAtDueAtMovesToTheNextPeriod() {
            Recurrence rule = yearlyBefore("15/05");

            assertThat(PeriodCalculator.nextDue(rule, PLAN_START, HCM, Instant.parse("2026-05-14T16:59:59Z")))
                    .map(Period::key).contains("2026");
            assertThat(PeriodCalculator.nextDue(rule, PLAN_START, HCM, Instant.parse("2026-05-14T17:00:00Z")))
                    .map(Period::key).contains("2027");
        }

        @Test
        void lastDayBeforeTheEndOfThePeriod() {
            Recurrence rule = lastDay(MONTH, 25);

            assertThat(PeriodCalculator.nextDue(rule, PLAN_START, HCM, Instant.parse("2026-11-27T03:00:00Z")))
                    .map(Period::key).contains("2026-12");
        }

        @Test
        void aClosedWindowWaitsForNextYear() {
            Instant june = Instant.parse("2026-06-01T00:00:00Z");

            assertThat(PeriodCalculator.nextDue(yearlyWindow("01/01-31/03"), PLAN_START, HCM, june))
                    .map(Period::start).contains(date(2027, 1, 1));
        }

        @Test
        void aOnceRuleIsDueOnlyOnce() {
            Recurrence rule = once("30/09/2012");

            Instant early = Instant.parse("2012-01-01T00:00:00Z");
            Instant due = Instant.parse("2012-09-29T17:00:00Z");

            assertThat(PeriodCalculator.nextDue(rule, PLAN_START, HCM, early)).map(Period::key).contains("2012-09-30");
            assertThat(PeriodCalculator.nextDue(rule, PLAN_START, HCM, due)).isEmpty();
        }
    }

    @Nested
    class MalformedRules {

        static void refused(Recurrence rule, String reason) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> periods(rule, date(2026, 1, 1), date(2027, 1, 1)))
                    .withMessageContaining(reason);
        }

        @Test
        void missingFrequency() {
            refused(new Recurrence(null, null, null, null, null, null), "'every' is missing");
        }

        @Test
        void badIntervals() {
            refused(every(MONTH, 0, null), "interval must be at least 1");
            refused(every(WEEK, 2, null), "interval is only for");
            refused(every(DAY, 2, null), "interval is only for");
        }

        @Test
        void fieldsOnTheWrongFrequency() {
            refused(new Recurrence(DAY, null, 2026, null, null, null), "anchorYear is only for");
            refused(lastDay(WEEK, 3), "lastDay is only for");
            refused(new Recurrence(MONTH, null, null, "15/05", null, null), "before is only for year and once");
            refused(new Recurrence(QUARTER, null, null, null, null, "01/01-31/03"), "window is only for year");
        }

        @Test
        void lastDayOutOfRange() {
            refused(lastDay(MONTH, 0), "lastDay must be 1..31");
            refused(lastDay(MONTH, 32), "lastDay must be 1..31");
        }

        @Test
        void conflictingDeadlines() {
            refused(new Recurrence(YEAR, null, null, "15/05", 20, null), "only one of");
            refused(new Recurrence(YEAR, null, null, "15/05", null, "01/01-31/03"), "only one of");
        }

        @Test
        void badBefore() {
            refused(yearlyBefore("15-05"), "before needs dd/MM");
            refused(yearlyBefore("31/04"), "no such day");
            refused(yearlyBefore("15/05/2026"), "before needs dd/MM");
            refused(yearlyBefore("01/01"), "before 01/01");
        }

        @Test
        void badOnce() {
            refused(every(ONCE), "once needs before");
            refused(once("30/09"), "once needs before: dd/MM/yyyy");
            refused(once("29/02/2027"), "no such day");
            refused(new Recurrence(ONCE, null, null, "30/09/2012", 25, null), "lastDay is only for");
        }

        @Test
        void badWindows() {
            refused(yearlyWindow("01/01"), "window needs dd/MM-dd/MM");
            refused(yearlyWindow("01/12-31/01"), "must not cross the end of the year");
            refused(yearlyWindow("01/01-32/03"), "no such day");
            refused(new Recurrence(YEAR, 2, null, null, null, "01/01-31/03"), "cannot be combined with interval");
        }
    }
}
