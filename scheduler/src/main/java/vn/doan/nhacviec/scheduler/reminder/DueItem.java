package vn.doan.nhacviec.scheduler.reminder;

import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.unit.Unit;

/** An occurrence with the stage of it that is due to be sent now. */
public record DueItem(Occurrence occurrence, Obligation obligation, Unit unit, Stage stage) {

    /** {@code <occurrence>:<stage>}, the item's identity in a run. */
    public String key() {
        return occurrence.id() + ":" + stage.key();
    }
}
