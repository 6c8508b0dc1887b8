package vn.doan.nhacviec.bot.zalo.api;

/** What sendMessage and sendPhoto answer: the new message's id and time (milliseconds). */
public record SentMessage(String messageId, Long date) {
}
