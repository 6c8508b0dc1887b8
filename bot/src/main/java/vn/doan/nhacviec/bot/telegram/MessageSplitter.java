package vn.doan.nhacviec.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text longer than Telegram takes into parts at line boundaries; a single line longer than
 * a part is cut where it must (never inside a surrogate pair). Blank parts are dropped: Telegram
 * refuses empty messages.
 */
final class MessageSplitter {

    private MessageSplitter() {
    }

    static List<String> split(String text, int max) {
        if (text.length() <= max) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = null;
        for (String line : text.split("\n", -1)) {
            while (line.length() > max) {
                if (part != null) {
                    parts.add(part.toString());
                    part = null;
                }
                int cut = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
                parts.add(line.substring(0, cut));
                line = line.substring(cut);
            }
            if (part != null && part.length() + 1 + line.length() > max) {
                parts.add(part.toString());
                part = null;
            }
            if (part == null) {
                part = new StringBuilder(line);
            } else {
                part.append('\n').append(line);
            }
        }
        if (part != null) {
            parts.add(part.toString());
        }
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }
}
