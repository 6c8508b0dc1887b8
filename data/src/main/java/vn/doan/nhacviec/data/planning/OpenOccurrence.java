package vn.doan.nhacviec.data.planning;

import java.time.LocalDate;

/** An open occurrence as a re-plan sees it: whose, of what, from when. */
public record OpenOccurrence(long id, long obligationId, long unitId, LocalDate periodStart) {
}
