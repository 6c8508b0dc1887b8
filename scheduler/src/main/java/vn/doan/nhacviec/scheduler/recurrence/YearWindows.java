package vn.doan.nhacviec.scheduler.recurrence;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;

/** A yearly rule with a window: the period of year y runs from {@code first} to {@code last} (inclusive) in y. */
record YearWindows(MonthDay first, MonthDay last, ZoneId zone) implements Cycle {

    @Override
    public long slotOf(LocalDate day) {
        return day.getYear();
    }

    @Override
    public Period period(long slot) {
        int year = Math.toIntExact(slot);
        LocalDate end = last.atYear(year).plusDays(1); // 29/02 as a last day is 28/02 in a common year
        return Schedule.period(Integer.toString(year), first.atYear(year), end, end, zone);
    }
}
