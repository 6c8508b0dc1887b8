package vn.doan.nhacviec.scheduler.outbox;

/** Published when a platform answers that a chat no longer accepts the bot's messages (it is now inactive). */
public record ChatBlockedEvent(long chatId, String reason) {
}
