package vn.doan.nhacviec.data.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An occurrence still open after its deadline.
 *
 * @param originalDeadline the deadline before an approved postponement moved it, or null
 */
public record OverdueItem(long occurrenceId, long unitId, long obligationId, String periodKey, LocalDate deadline, Instant dueAt,
                          LocalDate originalDeadline) {

    /** The last day on time before a postponement moved it, or null if it never moved. */
    public LocalDate originalLastDay() {
        return originalDeadline == null ? null : originalDeadline.minusDays(1);
    }

    /** The last day on which it would have been on time. */
    public LocalDate lastDay() {
        return deadline.minusDays(1);
    }
}
