package vn.doan.nhacviec.bot.admin;

import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.planning.ReplanRequest;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/**
 * After an admin's change, queues the re-plan of only the units it concerns; the answer goes back
 * at once and the {@code replan} job does the work. Call it inside the change's transaction so the
 * request is stored with the change.
 */
@Service
public class Replanner {

    private final ReplanQueue queue;

    public Replanner(ReplanQueue queue) {
        this.queue = queue;
    }

    /** A unit was added: it owes its duties from the current period, and those already due within the look-back. */
    public void unitAdded(Unit unit, Long actorId) {
        queue.request(ReplanRequest.subtree(unit.path(), true, "unit.add", actorId));
    }

    /** A unit was tagged, moved, retired or merged: its subtree (as it is now) is re-planned. */
    public void unitChanged(Unit unit, String reason, Long actorId) {
        queue.request(ReplanRequest.subtree(unit.path(), false, reason, actorId));
    }

    /** Units were imported under {@code root}: its subtree is re-planned, new units with the look-back. */
    public void unitsImported(Unit root, Long actorId) {
        queue.request(ReplanRequest.subtree(root.path(), true, "unit.import", actorId));
    }

    public void obligationAdded(long obligationId, Long actorId) {
        queue.request(ReplanRequest.obligation(obligationId, true, "obligation.add", actorId));
    }

    /** Edited, paused or resumed: its units are re-planned from the current period. */
    public void obligationChanged(long obligationId, String reason, Long actorId) {
        queue.request(ReplanRequest.obligation(obligationId, false, reason, actorId));
    }
}
