package vn.doan.nhacviec.scheduler.reminder;

import java.time.LocalDate;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

/**
 * The lunar holidays of a Gregorian year, computed by Time4J's Vietnamese calendar (new moons and
 * solar terms at UTC+7) rather than looked up in a table: the Vietnamese and Chinese calendars differ
 * in some years (Tết 1985, 2007, 2030), and tables have lost leap months before.
 */
public final class LunarCalendar {

    private static final EastAsianMonth THIRD_MONTH = EastAsianMonth.valueOf(3);

    private LunarCalendar() {
    }

    /** The first day of the lunar year that begins in {@code year} (Tết Nguyên Đán). */
    public static LocalDate tet(int year) {
        return toLocal(VietnameseCalendar.ofTet(year).transform(PlainDate.class));
    }

    /** Giỗ Tổ Hùng Vương, the 10th day of the (non-leap) 3rd lunar month of the year beginning in {@code year}. */
    public static LocalDate gioTo(int year) {
        return toLocal(VietnameseCalendar.of(EastAsianYear.forGregorian(year), THIRD_MONTH, 10).transform(PlainDate.class));
    }

    /** The lunar date of a day as {@code day/month} ({@code month} followed by "n" for a leap month). */
    public static String lunarDayMonth(LocalDate day) {
        VietnameseCalendar lunar = PlainDate.from(day).transform(VietnameseCalendar.class);
        EastAsianMonth month = lunar.getMonth();
        return lunar.getDayOfMonth() + "/" + month.getNumber() + (month.isLeap() ? "n" : "");
    }

    private static LocalDate toLocal(PlainDate date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDayOfMonth());
    }
}
