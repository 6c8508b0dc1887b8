package vn.doan.nhacviec.scheduler.recurrence;

import java.time.LocalDate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A repeating schedule: numbered slots (a day, a week, a block of months, a year) tile the calendar
 * in order, and slot {@code n} holds exactly one period, which lies inside the slot.
 */
interface Cycle extends Schedule {

    /** The number of the slot that contains {@code day}. */
    long slotOf(LocalDate day);

    Period period(long slot);

    @Override
    default Stream<Period> from(LocalDate day) {
        long first = slotOf(day);
        if (!period(first).endExclusive().isAfter(day)) {
            first++; // only when the period is shorter than its slot: a window that closed before the day
        }
        return LongStream.iterate(first, n -> n + 1).mapToObj(this::period);
    }
}
