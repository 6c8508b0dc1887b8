package vn.doan.nhacviec.bot.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text as typed commands are matched: lower case, without Vietnamese diacritics ("Quý" → "quy", "Đến" → "den"), spaces squeezed. */
public final class Folded {

    private Folded() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
