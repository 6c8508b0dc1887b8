package vn.doan.nhacviec.scheduler.reminder;

import java.util.List;

/**
 * What a run is to send: one chat reminder per chat and kind, and the due items no chat receives (their
 * stage is recorded all the same, so they are not looked at again).
 */
public record Deliveries(List<ChatReminder> chatReminders, List<DueItem> unreachable) {
}
