package vn.doan.nhacviec.data.planning;

import java.time.Instant;

/**
 * A re-plan waiting for the queued job (see V81__replan_request.sql).
 *
 * @param unitPath     the subtree to re-plan, or null
 * @param obligationId the obligation to re-plan, or null; both null: everything
 * @param lookBack     new (unit, obligation) pairs also get the latest period already due
 * @param reason       what changed, e.g. {@code unit.tags}, for the log
 */
public record ReplanRequest(long id, String unitPath, Long obligationId, boolean lookBack, String reason, Instant requestedAt,
                            Long requestedBy) {

    public static ReplanRequest subtree(String unitPath, boolean lookBack, String reason, Long requestedBy) {
        return new ReplanRequest(0, unitPath, null, lookBack, reason, null, requestedBy);
    }

    public static ReplanRequest obligation(long obligationId, boolean lookBack, String reason, Long requestedBy) {
        return new ReplanRequest(0, null, obligationId, lookBack, reason, null, requestedBy);
    }
}
