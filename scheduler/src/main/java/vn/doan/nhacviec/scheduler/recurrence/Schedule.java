package vn.doan.nhacviec.scheduler.recurrence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/** The periods of one rule for one unit, in order. */
interface Schedule {

    /** The periods that end after {@code day}, in order; endless for a repeating rule. */
    Stream<Period> from(LocalDate day);

    static Period period(String key, LocalDate start, LocalDate endExclusive, LocalDate deadline, ZoneId zone) {
        return new Period(key, start, endExclusive, deadline, deadline.atStartOfDay(zone).toInstant());
    }

    /** A rule with a single period ({@code once}). */
    record Single(Period period) implements Schedule {
        @Override
        public Stream<Period> from(LocalDate day) {
            return Stream.of(period).filter(p -> p.endExclusive().isAfter(day));
        }
    }
}
