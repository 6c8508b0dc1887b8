package vn.doan.nhacviec.data.occurrence;

import java.time.Instant;
import java.time.LocalDate;

/** An occurrence the planner wants to exist. */
public record NewOccurrence(long obligationId, long unitId, String periodKey, LocalDate periodStart,
                            LocalDate periodEnd, LocalDate deadline, Instant dueAt) {
}
