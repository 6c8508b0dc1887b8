package vn.doan.nhacviec.bot.zalo.api;

/**
 * A message received by the bot. Ids are strings on Zalo.
 *
 * @param date     milliseconds since the epoch
 * @param text     the text of a text message; null for other kinds
 * @param photo    an image message's URL, as documented
 * @param photoUrl an image message's URL, as some integrations name it
 * @param caption  what the sender typed with an image, or null
 */
public record ZaloMessage(String messageId, Long date, String text, ZaloUser from, ZaloChat chat, String photo, String photoUrl,
                          String caption) {

    public ZaloMessage(String messageId, Long date, String text, ZaloUser from, ZaloChat chat) {
        this(messageId, date, text, from, chat, null, null, null);
    }

    /** The image's URL under either name, or null. */
    public String imageUrl() {
        if (photo != null && !photo.isBlank()) {
            return photo.strip();
        }
        return photoUrl == null || photoUrl.isBlank() ? null : photoUrl.strip();
    }

    @Override
    public String toString() {
        // the image URL may carry an access token: never logged
        return "ZaloMessage[" + messageId + ", chat=" + chat + ", image=" + (imageUrl() != null) + "]";
    }
}
