package vn.doan.nhacviec.data.catalog;

import java.time.LocalDate;

/**
 * A plan as stored: its obligations bind the subtree of {@code issuerCode} from {@code inForceFrom}
 * until {@code inForceUntil} or the day an admin ended it, whichever comes first.
 */
public record Plan(long id, String code, String number, String title, LocalDate issuedOn, String issuerCode,
                   String sourceFile, LocalDate inForceFrom, LocalDate inForceUntil, LocalDate endedOn) {

    /** The last day the plan is in force, or null while it has no end. */
    public LocalDate lastDay() {
        if (endedOn == null) {
            return inForceUntil;
        }
        return inForceUntil == null || endedOn.isBefore(inForceUntil) ? endedOn : inForceUntil;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (lastDay() == null || !day.isAfter(lastDay()));
    }
}
