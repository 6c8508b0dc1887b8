package vn.doan.nhacviec.scheduler.reminder;

import java.time.LocalDate;

/**
 * One reminder of an occurrence: what kind, and the local day it is sent (moved off quiet days).
 *
 * @param key stored in {@code reminder_sent}: {@code D-7}, {@code D0}, {@code O2}, {@code ESC}, or
 *            {@code R2027-03-05} for a reminder the unit asked for
 */
public record Stage(String key, Kind kind, LocalDate day) {

    public enum Kind {
        /** Some days before the last day on time. */
        BEFORE,
        /** On the last day on time. */
        DUE_DAY,
        /** After the deadline, to the unit. */
        OVERDUE,
        /** After the overdue reminders, to the parent unit. */
        ESCALATION,
        /** The day after the unit answered "nhắc lại mai". */
        ASKED
    }

    public boolean escalates() {
        return kind == Kind.ESCALATION;
    }
}
