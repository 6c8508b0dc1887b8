package vn.doan.nhacviec.scheduler.reminder;

import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.unit.Unit;

/** An occurrence with the stage of it that is due to be sent now. */
public record DueItem(Occurrence occurrence, Obligation obligation, Unit unit, Stage stage) {

    /**
     * {@code <occurrence>:<stage>:<day>}, the item's identity in a run and in the outbox's dedup key. With the
     * day, a stage sent again for a moved deadline (an approved postponement) is a new message, not a duplicate.
     */
    public String key() {
        return key(occurrence.id(), stage.key(), stage.day());
    }

    static String key(long occurrenceId, String stage, java.time.LocalDate day) {
        return occurrenceId + ":" + stage + ":" + day;
    }
}
