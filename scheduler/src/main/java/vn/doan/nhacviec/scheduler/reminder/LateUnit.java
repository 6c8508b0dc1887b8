package vn.doan.nhacviec.scheduler.reminder;

import java.util.List;
import vn.doan.nhacviec.data.unit.Unit;

/** A unit the escalation names, with its overdue items. */
public record LateUnit(Unit unit, List<DueItem> items) {
}
