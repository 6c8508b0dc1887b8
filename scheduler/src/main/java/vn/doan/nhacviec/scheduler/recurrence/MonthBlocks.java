package vn.doan.nhacviec.scheduler.recurrence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Blocks of {@code months} calendar months, one of them starting on 1 January of {@code anchorYear}.
 * Month, quarter, half-year and year rules, with any interval, are all such blocks.
 *
 * @param key      the period's key, from the block's first month
 * @param deadline the deadline day D, from the block's last month
 */
record MonthBlocks(
        int anchorYear,
        int months,
        Function<YearMonth, String> key,
        Function<YearMonth, LocalDate> deadline,
        ZoneId zone) implements Cycle {

    @Override
    public long slotOf(LocalDate day) {
        return Math.floorDiv(anchor().until(YearMonth.from(day), ChronoUnit.MONTHS), months);
    }

    @Override
    public Period period(long slot) {
        YearMonth first = anchor().plusMonths(slot * months);
        YearMonth last = first.plusMonths(months - 1L);
        LocalDate start = first.atDay(1);
        LocalDate end = last.plusMonths(1).atDay(1);
        return Schedule.period(key.apply(first), start, end, deadline.apply(last), zone);
    }

    private YearMonth anchor() {
        return YearMonth.of(anchorYear, 1);
    }
}
