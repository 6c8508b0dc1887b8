package vn.doan.nhacviec.data.alert;

import java.time.Instant;

/** A supervisor notice about a unit that nobody could receive. */
public record Undelivered(long id, long unitId, AlertKind kind, String summary, Instant createdAt, Instant summarizedAt) {
}
