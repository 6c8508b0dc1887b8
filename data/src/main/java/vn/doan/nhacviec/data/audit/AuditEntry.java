package vn.doan.nhacviec.data.audit;

import java.time.Instant;

/**
 * One audited action: who, when, on which unit, what (a stable action name such as
 * {@code unit.rename}), whether it was done or refused, and the state before and after.
 */
public record AuditEntry(long id, Instant at, Long actorId, Long unitId, String action, Outcome outcome,
                         String before, String after, String detail) {

    public enum Outcome { DONE, REFUSED }
}
