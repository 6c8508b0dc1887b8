package vn.doan.nhacviec.data.unit;

import java.time.Instant;

public record UnitHistoryEntry(Instant changedAt, UnitChange change, String oldValue, String newValue, Long actorId) {
}
