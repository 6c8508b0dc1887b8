package vn.doan.nhacviec.data.catalog;

/**
 * When an obligation falls due. Interpreted by the scheduler's {@code PeriodCalculator}; all dates
 * are local dates in the unit's time zone (Asia/Ho_Chi_Minh unless the unit says otherwise).
 *
 * <p><b>Deadlines.</b> Every period has a deadline day D and the obligation must be done
 * <em>before</em> D, that is by the end of the day before D ("trước ngày 15/5" = by the end of 14/5).
 * The due instant is D at 00:00 local time.
 *
 * @param every      the period: {@code day}, {@code week} (ISO, Monday to Sunday), {@code month},
 *                   {@code quarter}, {@code half_year}, {@code year}, or {@code once}
 * @param interval   every N periods (default 1); e.g. {@code every: year, interval: 2}
 * @param anchorYear for interval &gt; 1: a year in which a block starts (default: the plan's year).
 *                   Blocks of N months or N years are aligned to 1 January of that year.
 * @param before     a fixed deadline "trước ngày …": {@code dd/MM} for {@code year} (a day inside
 *                   each year; for N-year blocks, inside the block's last year), {@code dd/MM/yyyy}
 *                   for {@code once} (required there)
 * @param lastDay    the last day of the period on which it may be done, counted in the period's last
 *                   month ({@code 25} = by the 25th; {@code 31} = the last day even in short months).
 *                   Default: the period's last day, so D is the first day of the next period.
 * @param window     {@code year} only: the part of each year in which it must be done, as
 *                   {@code dd/MM-dd/MM} (e.g. {@code 01/01-31/03} for "in the first quarter"); the period
 *                   is the window and D the day after it
 */
public record Recurrence(
        Frequency every,
        Integer interval,
        Integer anchorYear,
        String before,
        Integer lastDay,
        String window) {

    public int intervalOrOne() {
        return interval == null ? 1 : interval;
    }

    public enum Frequency { DAY, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, ONCE }
}
