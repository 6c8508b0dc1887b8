package vn.doan.nhacviec.data.outbox;

/**
 * Marks a part of a message's text as a code to copy (an invite code). Telegram shows it as
 * {@code <code>}, copied with one tap; every other channel gets the text without the marks (the
 * dispatcher removes them for senders that do not show code spans). The marks are characters of
 * Unicode's private use area, which no one types.
 */
public final class CodeSpan {

    public static final char START = '\uE000';
    public static final char END = '\uE001';

    private CodeSpan() {
    }

    /** {@code code} marked as a code span. */
    public static String of(String code) {
        return START + code + END;
    }

    /** The text without code marks. */
    public static String plain(String text) {
        return text == null ? null : text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }

    /** The message with its text without code marks. */
    public static OutgoingMessage plain(OutgoingMessage message) {
        if (message.text() == null || (message.text().indexOf(START) < 0 && message.text().indexOf(END) < 0)) {
            return message;
        }
        return new OutgoingMessage(plain(message.text()), message.choices(), message.attachment(), message.editOf(), message.pressId());
    }
}
