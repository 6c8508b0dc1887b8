package vn.doan.nhacviec.bot.zalo;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into messages of at most {@code limit} characters (Zalo: 2,000), at line boundaries.
 * Only a single line longer than the limit is cut inside, at its last space before the limit (or
 * hard, never between the two halves of a surrogate pair). Blank lines at a cut are dropped.
 */
final class ZaloTextSplitter {

    static final int ZALO_LIMIT = 2000;

    private ZaloTextSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String piece : cutLongLine(line, limit)) {
                if (current.length() > 0 && current.length() + 1 + piece.length() > limit) {
                    addTrimmed(parts, current);
                    current.setLength(0);
                }
                if (current.length() > 0 || !piece.isBlank()) {
                    if (current.length() > 0) {
                        current.append('\n');
                    }
                    current.append(piece);
                }
            }
        }
        addTrimmed(parts, current);
        return parts;
    }

    private static List<String> cutLongLine(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf(' ', limit);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) && limit > 1 ? limit - 1 : limit;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private static void addTrimmed(List<String> parts, StringBuilder part) {
        String text = part.toString().stripTrailing();
        if (!text.isBlank()) {
            parts.add(text);
        }
    }
}
