package vn.doan.nhacviec.data.unit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.doan.nhacviec.data.text.Codes;

/** A unit's code: 1–64 lower-case letters, digits or hyphens, starting with a letter or digit («tn-tb-hh»). */
public record UnitCode(String value) {

    public static final int MAX_LENGTH = Codes.MAX_LENGTH;
    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");

    public UnitCode {
        if (value == null || !RULE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unit code: " + Codes.shown(String.valueOf(value)));
        }
    }

    public static boolean isValid(String text) {
        return text != null && RULE.matcher(text).matches();
    }

    /** The code as typed (spaces around, any case), if it is a code at all. */
    public static Optional<UnitCode> parse(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return isValid(code) ? Optional.of(new UnitCode(code)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
