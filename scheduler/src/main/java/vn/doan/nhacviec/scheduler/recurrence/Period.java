package vn.doan.nhacviec.scheduler.recurrence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of a recurrence: the obligation is to be done in {@code [start, endExclusive)} and
 * before {@code deadline} (the day D of "trước ngày D"); {@code dueAt} is D at 00:00 in the unit's
 * time zone.
 *
 * @param key stable, unique per rule, at most 16 characters: {@code 2026-11-22}, {@code 2026-W47},
 *            {@code 2026-11}, {@code 2026-Q4}, {@code 2026-H2}, {@code 2026}, {@code 2026-2027},
 *            {@code 2026-10+3M} (a block of 3 months), or the deadline date for {@code once}
 */
public record Period(String key, LocalDate start, LocalDate endExclusive, LocalDate deadline, Instant dueAt) {

    /** The last day on which the obligation is on time. */
    public LocalDate lastDay() {
        return deadline.minusDays(1);
    }
}
