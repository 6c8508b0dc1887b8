package vn.doan.nhacviec.bot.admin;

import java.util.Arrays;
import java.util.List;

/** The words of a command's arguments. */
public final class Words {

    private Words() {
    }

    /** At most {@code limit} words; the last one keeps the rest of the text (a name with spaces). */
    public static List<String> of(String args, int limit) {
        String text = args == null ? "" : args.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\s+", limit)).map(String::strip).toList();
    }

    /** Text without line breaks or other control characters, and not longer than {@code max}. */
    public static boolean printable(String text, int max) {
        return !text.isBlank() && text.length() <= max && text.codePoints().noneMatch(Character::isISOControl);
    }
}
