package vn.doan.nhacviec.bot.telegram;

import java.util.ArrayList;
import java.util.List;
import vn.doan.nhacviec.data.outbox.CodeSpan;

/**
 * Cuts a text longer than Telegram takes into parts at line boundaries; a single line longer than
 * a part is cut where it must (never inside a surrogate pair). Lengths are counted as Telegram
 * counts them: the text after its HTML is parsed, in UTF-16 units, so the {@link CodeSpan} marks
 * (which become tags) do not count. A code span cut between two parts is closed at the end of the
 * first and opened again at the start of the next. Blank parts are dropped: Telegram refuses empty
 * messages.
 */
final class MessageSplitter {

    private MessageSplitter() {
    }

    static List<String> split(String text, int max) {
        if (visibleLength(text) <= max) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = null;
        int partLength = 0;
        for (String line : text.split("\n", -1)) {
            while (visibleLength(line) > max) {
                if (part != null) {
                    parts.add(part.toString());
                    part = null;
                }
                int cut = cutAt(line, max);
                parts.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            int length = visibleLength(line);
            if (part != null && partLength + 1 + length > max) {
                parts.add(part.toString());
                part = null;
            }
            if (part == null) {
                part = new StringBuilder(line);
                partLength = length;
            } else {
                part.append('\n').append(line);
                partLength += 1 + length;
            }
        }
        if (part != null) {
            parts.add(part.toString());
        }
        return withCodeSpansClosed(parts.stream().filter(p -> !CodeSpan.plain(p).isBlank()).toList());
    }

    /** The length Telegram counts: UTF-16 units of the text without the code-span marks. */
    static int visibleLength(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == CodeSpan.START || c == CodeSpan.END) {
                marks++;
            }
        }
        return text.length() - marks;
    }

    /** The index before which {@code line} holds {@code max} visible units, not between the halves of a surrogate pair. */
    private static int cutAt(String line, int max) {
        int visible = 0;
        int i = 0;
        while (i < line.length() && visible < max) {
            char c = line.charAt(i);
            if (c != CodeSpan.START && c != CodeSpan.END) {
                visible++;
            }
            i++;
        }
        if (i > 1 && i < line.length() && Character.isHighSurrogate(line.charAt(i - 1)) && Character.isLowSurrogate(line.charAt(i))) {
            i--;
        }
        return Math.max(1, i);
    }

    private static List<String> withCodeSpansClosed(List<String> parts) {
        List<String> balanced = new ArrayList<>(parts.size());
        boolean open = false;
        for (String part : parts) {
            String text = open ? CodeSpan.START + part : part;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == CodeSpan.START) {
                    open = true;
                } else if (c == CodeSpan.END) {
                    open = false;
                }
            }
            balanced.add(open ? text + CodeSpan.END : text);
        }
        return balanced;
    }
}
