package vn.doan.nhacviec.scheduler.alert;

import java.time.LocalDate;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * A unit's request to postpone an item.
 *
 * @param requestedBy the display name of who asked, or null
 */
public record PostponeRequest(Unit unit, Obligation obligation, Occurrence occurrence, LocalDate requestedDay,
                              String requestedBy) {
}
