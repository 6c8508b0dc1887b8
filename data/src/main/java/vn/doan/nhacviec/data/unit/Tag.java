package vn.doan.nhacviec.data.unit;

import java.util.regex.Pattern;
import vn.doan.nhacviec.data.text.Codes;

/** A tag on units and duties («bien_gioi»): 1–64 lower-case letters, digits or _, starting with a letter. */
public record Tag(String value) {

    public static final int MAX_LENGTH = Codes.MAX_LENGTH;
    private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9_]{0," + (MAX_LENGTH - 1) + "}");

    public Tag {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a tag: " + Codes.shown(String.valueOf(value)));
        }
    }

    public static boolean isValid(String text) {
        return text != null && RULE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
