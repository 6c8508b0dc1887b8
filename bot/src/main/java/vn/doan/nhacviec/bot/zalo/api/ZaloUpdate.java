package vn.doan.nhacviec.bot.zalo.api;

/**
 * One event delivered by getUpdates or the webhook.
 *
 * @param eventName e.g. {@code message.text.received}, {@code message.image.received},
 *                  {@code message.sticker.received}, {@code message.unsupported.received}
 * @param message   the message the event is about, or null for events without one
 */
public record ZaloUpdate(String eventName, ZaloMessage message) {

    public static final String TEXT_RECEIVED = "message.text.received";
    public static final String IMAGE_RECEIVED = "message.image.received";

    public boolean isText() {
        return TEXT_RECEIVED.equals(eventName);
    }

    /** An image with its URL (and perhaps a caption). */
    public boolean isImage() {
        return IMAGE_RECEIVED.equals(eventName) && message != null && message.imageUrl() != null;
    }

    /** Any kind of message event, text or not. */
    public boolean isMessage() {
        return message != null && eventName != null && eventName.startsWith("message.");
    }
}
