package vn.doan.nhacviec.data.occurrence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One (obligation, unit, period): due before {@code deadline} (at {@code dueAt}, midnight local
 * time of the unit), with the quantity reported so far for numeric targets.
 *
 * @param deadline         the deadline in force: moved by an approved postponement
 * @param originalDeadline the deadline before a postponement moved it, or null if it never moved
 */
public record Occurrence(long id, long obligationId, long unitId, String periodKey, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate deadline, Instant dueAt, OccurrenceState state,
                         double quantity, Instant closedAt, LocalDate originalDeadline) {

    public Occurrence(long id, long obligationId, long unitId, String periodKey, LocalDate periodStart, LocalDate periodEnd,
                      LocalDate deadline, Instant dueAt, OccurrenceState state, double quantity, Instant closedAt) {
        this(id, obligationId, unitId, periodKey, periodStart, periodEnd, deadline, dueAt, state, quantity, closedAt, null);
    }

    /** Whether an approved postponement moved the deadline. */
    public boolean extended() {
        return originalDeadline != null;
    }

    /** The last day on time in force (the extended one after a postponement): same as {@link #lastDay()}. */
    public LocalDate effectiveLastDay() {
        return lastDay();
    }

    /** The last day on time before any postponement, or null if the deadline never moved. */
    public LocalDate originalLastDay() {
        return originalDeadline == null ? null : originalDeadline.minusDays(1);
    }

    public boolean isOverdue(Instant now) {
        return state == OccurrenceState.OPEN && !now.isBefore(dueAt);
    }

    /** The last day on which it is on time ("trước ngày D" = by the end of D − 1). */
    public LocalDate lastDay() {
        return deadline.minusDays(1);
    }
}
