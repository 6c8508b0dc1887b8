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

    /** What a code becomes in a stored message once it is sent. */
    public static final String MASK = "••••••";

    /** Whether the text holds a code span. */
    public static boolean hasCode(String text) {
        return text != null && text.indexOf(START) >= 0;
    }

    /**
     * The message with every code it shows in a span masked wherever it appears (the span, a link
     * built on it, a command quoting it): a sent invite stays unreadable in the stored outbox and
     * in every backup.
     */
    public static OutgoingMessage redacted(OutgoingMessage message) {
        if (!hasCode(message.text())) {
            return message;
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        String text = message.text();
        for (int start = text.indexOf(START); start >= 0; start = text.indexOf(START, start + 1)) {
            int end = text.indexOf(END, start + 1);
            if (end < 0) {
                break;
            }
            if (end > start + 1) {
                codes.add(text.substring(start + 1, end));
            }
        }
        String masked = text;
        java.util.List<OutgoingMessage.Choice> choices = message.choices();
        for (String code : codes) {
            masked = masked.replace(code, MASK);
            choices = choices.stream()
                    .map(choice -> new OutgoingMessage.Choice(choice.label().replace(code, MASK), choice.data().replace(code, MASK),
                            choice.buttonOnly()))
                    .toList();
        }
        return new OutgoingMessage(masked, choices, message.attachment(), message.editOf(), message.pressId());
    }

    /** The message with its text without code marks. */
    public static OutgoingMessage plain(OutgoingMessage message) {
        if (message.text() == null || (message.text().indexOf(START) < 0 && message.text().indexOf(END) < 0)) {
            return message;
        }
        return new OutgoingMessage(plain(message.text()), message.choices(), message.attachment(), message.editOf(), message.pressId());
    }
}
