package vn.doan.nhacviec.bot.zalo.api;

/**
 * A message received by the bot. Ids are strings on Zalo.
 *
 * @param date milliseconds since the epoch
 * @param text the text of a text message; null for other kinds
 */
public record ZaloMessage(String messageId, Long date, String text, ZaloUser from, ZaloChat chat) {
}
