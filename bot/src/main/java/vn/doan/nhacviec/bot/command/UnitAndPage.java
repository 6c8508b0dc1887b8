package vn.doan.nhacviec.bot.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a list command: a unit code and a page, each optional ({@code /viec}, {@code /viec tn},
 * {@code /viec tn 2}, {@code /viec 2}).
 *
 * @param unitCode the unit's code, or empty for the caller's own unit
 * @param page     1 unless a page is named
 */
public record UnitAndPage(String unitCode, int page) {

    private static final Pattern SHAPE = Pattern.compile("^(?:(\\S*[^\\d\\s]\\S*)\\s*)?(\\d{1,3})?$");

    public static UnitAndPage of(String args) {
        String text = args == null ? "" : args.strip();
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) {
            return new UnitAndPage(text, 1);
        }
        return new UnitAndPage(matcher.group(1) == null ? "" : matcher.group(1),
                matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)));
    }
}
