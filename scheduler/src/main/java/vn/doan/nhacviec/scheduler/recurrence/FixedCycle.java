package vn.doan.nhacviec.scheduler.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Function;

/** Back-to-back runs of {@code days} days, one of them starting on {@code origin}: days or ISO weeks. */
record FixedCycle(LocalDate origin, int days, Function<LocalDate, String> key, ZoneId zone) implements Cycle {

    static FixedCycle daily(ZoneId zone) {
        return new FixedCycle(LocalDate.EPOCH, 1, LocalDate::toString, zone);
    }

    static FixedCycle isoWeekly(ZoneId zone) {
        LocalDate aMonday = LocalDate.EPOCH.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new FixedCycle(aMonday, 7, FixedCycle::isoWeekKey, zone);
    }

    @Override
    public long slotOf(LocalDate day) {
        return Math.floorDiv(ChronoUnit.DAYS.between(origin, day), days);
    }

    @Override
    public Period period(long slot) {
        LocalDate start = origin.plusDays(slot * days);
        LocalDate end = start.plusDays(days);
        return Schedule.period(key.apply(start), start, end, end, zone);
    }

    private static String isoWeekKey(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
