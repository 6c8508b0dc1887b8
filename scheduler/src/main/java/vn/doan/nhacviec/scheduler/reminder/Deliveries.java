package vn.doan.nhacviec.scheduler.reminder;

import java.util.List;

/**
 * What a run is to send: one digest per chat and kind, and the due items no chat receives (their
 * stage is recorded all the same, so they are not looked at again).
 */
public record Deliveries(List<Digest> digests, List<DueItem> unreachable) {
}
