package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.time4j.Moment;
import net.time4j.TemporalType;
import net.time4j.calendar.astro.AstronomicalSeason;
import net.time4j.calendar.astro.MoonPhase;
import org.junit.jupiter.api.Test;

class QuietDaysCalendarTest {

    static final ZoneOffset UTC7 = ZoneOffset.ofHours(7);

    @Test
    void tetIsTheVietnameseNewYearNotTheChineseOne() {
        assertThat(LunarCalendar.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(LunarCalendar.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(LunarCalendar.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(LunarCalendar.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        assertThat(LunarCalendar.tet(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @Test
    void gioToIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(LunarCalendar.gioTo(2026)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(LunarCalendar.gioTo(2027)).isEqualTo(LocalDate.of(2027, 4, 16));
        assertThat(LunarCalendar.gioTo(2028)).isEqualTo(LocalDate.of(2028, 4, 4));
        assertThat(LunarCalendar.gioTo(2030)).isEqualTo(LocalDate.of(2030, 4, 12));
        assertThat(LunarCalendar.lunarDayMonth(LocalDate.of(2027, 4, 16))).isEqualTo("10/3");
    }

    /**
     * Month 11 is the lunar month holding the winter solstice (days counted at UTC+7); Tết is the second
     * new moon after month 11 begins, the third when a leap month (11 or 12) falls between, and always
     * between 21/1 and 20/2. When a new moon falls on the solstice day itself (22/12/2014), month 11
     * begins that day, so "the second new moon after the solstice" is then one month too early.
     */
    @Test
    void tetFollowsTheNewMoonsAfterTheWinterSolsticeFrom2000To2100() {
        List<Integer> afterALeapWinterMonth = new ArrayList<>();
        List<Integer> newMoonOnTheSolsticeDay = new ArrayList<>();
        for (int year = 2000; year <= 2100; year++) {
            LocalDate tet = LunarCalendar.tet(year);
            assertThat(tet).as("Tết %d", year).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            assertThat(LunarCalendar.lunarDayMonth(tet)).as("Tết %d", year).isEqualTo("1/1");
            assertThat(LunarCalendar.lunarDayMonth(tet.minusDays(1))).as("eve of Tết %d", year).matches("(29|30)/12n?");

            LocalDate solsticeDay = dayAtUtc7(AstronomicalSeason.WINTER_SOLSTICE.inYear(year - 1));
            Moment month11 = MoonPhase.NEW_MOON.before(startOfDayAtUtc7(solsticeDay.plusDays(1)));
            assertThat(LunarCalendar.lunarDayMonth(dayAtUtc7(month11))).as("month 11 before Tết %d", year).isEqualTo("1/11");
            if (dayAtUtc7(month11).equals(solsticeDay)) {
                newMoonOnTheSolsticeDay.add(year);
            }
            Moment next = MoonPhase.NEW_MOON.after(month11);
            Moment second = MoonPhase.NEW_MOON.after(next);
            boolean leap = LunarCalendar.lunarDayMonth(dayAtUtc7(next)).endsWith("n")
                    || LunarCalendar.lunarDayMonth(dayAtUtc7(second)).endsWith("n");
            if (leap) {
                afterALeapWinterMonth.add(year);
                assertThat(tet).as("Tết %d after a leap 11th or 12th month", year)
                        .isEqualTo(dayAtUtc7(MoonPhase.NEW_MOON.after(second)));
            } else {
                assertThat(tet).as("Tết %d", year).isEqualTo(dayAtUtc7(second));
            }
        }
        assertThat(newMoonOnTheSolsticeDay).as("the years where month 11 begins on the solstice day").contains(2015);
        assertThat(afterALeapWinterMonth).as("rare: a leap month in winter").hasSizeLessThan(5);
    }

    @Test
    void theHolidaysOfAnyYearAreComputedAndConfigurable() {
        QuietDays quiet = QuietDays.of(ReminderProperties.Holidays.DEFAULT, List.of());
        assertThat(quiet.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 4, 16), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2));
        assertThat(quiet.between(LocalDate.of(2030, 1, 30), LocalDate.of(2030, 2, 10)))
                .containsExactly(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 3),
                        LocalDate.of(2030, 2, 4), LocalDate.of(2030, 2, 5), LocalDate.of(2030, 2, 6));

        QuietDays custom = QuietDays.of(new ReminderProperties.Holidays(true, 3, 5, false,
                List.of("09-02", "09-03"), List.of("2027-02-03", "09-03")), List.of("2027-09-03", "2027-12-24"));
        assertThat(custom.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(
                LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11),
                LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3), LocalDate.of(2027, 12, 24));
        assertThat(custom.isQuiet(LocalDate.of(2028, 9, 3))).as("removed every year, added only in 2027").isFalse();

        QuietDays off = QuietDays.of(ReminderProperties.Holidays.DEFAULT.withEnabled(false), List.of("2027-02-06"));
        assertThat(off.between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).containsExactly(LocalDate.of(2027, 2, 6));
    }

    @Test
    void badHolidaySettingsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> QuietDays.of(new ReminderProperties.Holidays(true, 1, 40, true, List.of(), List.of()), List.of()))
                .hasMessageContaining("nhacviec.reminders.holidays.tet-days-after");
        assertThatThrownBy(() -> QuietDays.of(new ReminderProperties.Holidays(true, 1, 4, true, List.of("2027-09-03"), List.of()), List.of()))
                .hasMessageContaining("nhacviec.reminders.holidays.fixed-days");
        assertThatThrownBy(() -> QuietDays.of(new ReminderProperties.Holidays(true, 1, 4, true, List.of(), List.of("3/9")), List.of()))
                .hasMessageContaining("nhacviec.reminders.holidays.not-quiet");
    }

    private static Moment startOfDayAtUtc7(LocalDate day) {
        return TemporalType.INSTANT.translate(day.atStartOfDay().toInstant(UTC7));
    }

    private static LocalDate dayAtUtc7(Moment moment) {
        return moment.toTemporalAccessor().atOffset(UTC7).toLocalDate();
    }
}
