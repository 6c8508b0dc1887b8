package vn.doan.nhacviec.bot.channel;

/**
 * A file that came with a message, as the messenger names it; its bytes are fetched only when the
 * bot decides to keep it (through the channel's {@link FileFetcher}).
 *
 * @param kind        a photo (shown inline by the messenger) or a document
 * @param platformRef what the channel fetches it by: a Telegram file_id, a Zalo image URL, a local path in the terminal
 * @param fileName    the name the sender's file had, or null (photos have none)
 * @param mediaType   e.g. image/jpeg, text/csv; null when the messenger does not say
 * @param sizeBytes   the size the messenger announces, or null when it does not say
 */
public record InboundFile(Kind kind, String platformRef, String fileName, String mediaType, Long sizeBytes) {

    public enum Kind { PHOTO, DOCUMENT }

    /** A photo, or a document that is an image (a photo sent "as a file" to keep its quality). */
    public boolean isImage() {
        return kind == Kind.PHOTO || (mediaType != null && mediaType.toLowerCase(java.util.Locale.ROOT).startsWith("image/"));
    }

    @Override
    public String toString() {
        // the reference may be a URL with a token in it: never logged
        return "InboundFile[" + kind + ", " + fileName + ", " + mediaType + ", " + sizeBytes + " bytes]";
    }
}
