package vn.doan.nhacviec.data.report;

import java.time.Instant;
import java.time.LocalDate;

/** An occurrence still open after its deadline. */
public record OverdueItem(long occurrenceId, long unitId, long obligationId, String periodKey, LocalDate deadline, Instant dueAt) {

    /** The last day on which it would have been on time. */
    public LocalDate lastDay() {
        return deadline.minusDays(1);
    }
}
