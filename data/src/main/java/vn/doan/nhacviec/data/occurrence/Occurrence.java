package vn.doan.nhacviec.data.occurrence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One (obligation, unit, period): due before {@code deadline} (at {@code dueAt}, midnight local
 * time of the unit), with the quantity reported so far for numeric targets.
 */
public record Occurrence(long id, long obligationId, long unitId, String periodKey, LocalDate periodStart,
                         LocalDate periodEnd, LocalDate deadline, Instant dueAt, OccurrenceState state,
                         double quantity, Instant closedAt) {

    public boolean isOverdue(Instant now) {
        return state == OccurrenceState.OPEN && !now.isBefore(dueAt);
    }

    /** The last day on which it is on time ("trước ngày D" = by the end of D − 1). */
    public LocalDate lastDay() {
        return deadline.minusDays(1);
    }
}
