package vn.doan.nhacviec.bot.reply;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The matching view of a reply: lower case ASCII without diacritics ("Đã họp" → "da hop"), one space
 * between words, and for every character the index of the original character it came from, so that
 * notes can be cut from the original text with its diacritics intact.
 *
 * <p>What survives: {@code a-z}, {@code 0-9}, whitespace and {@code / - . , + % :}. Line breaks and
 * {@code ; ! ? …} become {@code ,} (they end a clause). Everything else (emoji, markup, control and
 * non-Latin characters) becomes a space. Runs of three or more equal letters shrink to one ("xonggg" →
 * "xong").
 *
 * <p>Stripping diacritics makes some words collide with keywords ("chùa" and "chưa" both become
 * "chua"). A word written with diacritics that show it is <em>not</em> the keyword is kept apart by
 * prefixing {@code _}, which is a regex word character, so {@code \bchua\b} no longer matches
 * "_chua". Unaccented spellings are ambiguous and stay as they are.
 */
final class NormalizedText {

    /** Accented words whose bare form is a keyword they do not mean (keyword in the comment). */
    private static final Set<String> FALSE_FRIENDS = Set.of(
            "hoàn",                                                  // hoãn (postpone); hoàn thành is matched as "_hoan"
            "chùa", "chúa",                                          // chưa
            "đó", "đỏ", "đồ", "độ", "đổ", "đò", "đọ", "đố", "đô",    // do (because)
            "dò", "dỗ", "dở", "dỡ", "dơ",
            "vị", "ví", "vĩ", "vỉ", "vỹ",                            // vì
            "mãi", "mái", "mài", "mải", "mại",                       // mai (tomorrow)
            "một", "mọt",                                            // mốt (the day after tomorrow)
            "nhân", "nhấn", "nhắn", "nhăn", "nhàn", "nhạn", "nhẫn",  // nhận
            "nhạc",                                                  // nhắc
            "rơi", "rời", "rối", "rỗi", "rọi",                       // rồi
            "vuông", "vương", "vượng",                               // vướng
            "hợp", "hộp",                                            // họp
            "dù", "dụ", "dũ",                                        // dự
            "sở", "sợ");                                             // số (a label: "số 5" is not a count)

    private static final String KEPT_SYMBOLS = "/-.,+%:";
    private static final String CLAUSE_ENDS = ";!?…";

    private final String original;
    private final String text;
    private final int[] origin;

    private NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static NormalizedText of(String original) {
        Builder folded = fold(original);
        Builder squeezed = squeeze(folded);
        return markFalseFriends(original, squeezed);
    }

    /** The normalised text that rules and scanners match against. */
    String text() {
        return text;
    }

    /**
     * The original text behind {@code text()[start, end)}, with whitespace collapsed and leading or
     * trailing characters that are neither letters nor digits removed; null when nothing is left.
     */
    String originalSlice(int start, int end) {
        if (start >= end || start >= text.length()) {
            return null;
        }
        int from = origin[start];
        int to = originalEnd(original, origin[Math.min(end, text.length()) - 1]);
        return tidy(original.substring(from, to));
    }

    /** Where the original character at {@code index} ends, including any combining marks after it. */
    private static int originalEnd(String original, int index) {
        int end = index + Character.charCount(original.codePointAt(index));
        while (end < original.length() && isMark(original.codePointAt(end))) {
            end += Character.charCount(original.codePointAt(end));
        }
        return end;
    }

    private static String tidy(String slice) {
        String collapsed = slice.replaceAll("[\\p{Cntrl}\\p{Cf}\\s]+", " ");
        int from = 0;
        int to = collapsed.length();
        while (from < to && !Character.isLetterOrDigit(collapsed.codePointAt(from))) {
            from += Character.charCount(collapsed.codePointAt(from));
        }
        while (to > from && !Character.isLetterOrDigit(collapsed.codePointBefore(to))) {
            to -= Character.charCount(collapsed.codePointBefore(to));
        }
        return from < to ? collapsed.substring(from, to) : null;
    }

    /** Lower case, decompose, drop marks, keep the ASCII we match on. */
    private static Builder fold(String original) {
        Builder out = new Builder(original.length());
        for (int i = 0; i < original.length(); i += Character.charCount(original.codePointAt(i))) {
            int cp = original.codePointAt(i);
            if (cp == '\n' || cp == '\r' || CLAUSE_ENDS.indexOf(cp) >= 0) {
                out.add(',', i);
            } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT) {
                out.add(' ', i);
            } else if (!isMark(cp)) {
                String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                for (char c : Normalizer.normalize(lower, Normalizer.Form.NFKD).toCharArray()) {
                    if (!isMark(c)) {
                        out.add(keep(c), i);
                    }
                }
            }
        }
        return out;
    }

    private static char keep(char c) {
        char lower = Character.toLowerCase(c);
        if (lower == 'đ') {
            return 'd';
        }
        boolean ascii = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
        return ascii || KEPT_SYMBOLS.indexOf(lower) >= 0 ? lower : ' ';
    }

    /** One space between words, no edge spaces or edge punctuation, no letter repeated three times. */
    private static Builder squeeze(Builder in) {
        Builder out = new Builder(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            int run = 1;
            while (i + run < in.length() && in.charAt(i + run) == c) {
                run++;
            }
            boolean letter = c >= 'a' && c <= 'z';
            int kept = c == ' ' || (letter && run >= 3) ? 1 : run;
            if (!(c == ' ' && out.length() == 0)) {
                for (int k = 0; k < kept; k++) {
                    out.add(c, in.originAt(i + k));
                }
            }
            i += run;
        }
        out.trimEdges(" ,.-/:");
        return out;
    }

    private static NormalizedText markFalseFriends(String original, Builder in) {
        Builder out = new Builder(in.length() + 8);
        int i = 0;
        while (i < in.length()) {
            if (in.charAt(i) < 'a' || in.charAt(i) > 'z') {
                out.add(in.charAt(i), in.originAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < in.length() && in.charAt(end) >= 'a' && in.charAt(end) <= 'z') {
                end++;
            }
            int from = in.originAt(i);
            int to = originalEnd(original, in.originAt(end - 1));
            String word = Normalizer.normalize(original.substring(from, to).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
            if (FALSE_FRIENDS.contains(word)) {
                out.add('_', from);
            }
            for (int k = i; k < end; k++) {
                out.add(in.charAt(k), in.originAt(k));
            }
            i = end;
        }
        return new NormalizedText(original, out.toString(), out.origins());
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A growable string whose characters remember their origin index. */
    private static final class Builder {
        private final StringBuilder chars;
        private int[] origins;

        Builder(int capacity) {
            chars = new StringBuilder(capacity);
            origins = new int[Math.max(capacity, 8)];
        }

        void add(char c, int originIndex) {
            if (chars.length() == origins.length) {
                origins = Arrays.copyOf(origins, Math.max(8, origins.length * 2));
            }
            origins[chars.length()] = originIndex;
            chars.append(c);
        }

        int length() {
            return chars.length();
        }

        char charAt(int i) {
            return chars.charAt(i);
        }

        int originAt(int i) {
            return origins[i];
        }

        void trimEdges(String removable) {
            int from = 0;
            while (from < chars.length() && removable.indexOf(chars.charAt(from)) >= 0) {
                from++;
            }
            int to = chars.length();
            while (to > from && removable.indexOf(chars.charAt(to - 1)) >= 0) {
                to--;
            }
            chars.delete(to, chars.length()).delete(0, from);
            origins = Arrays.copyOfRange(origins, from, Math.max(to, from));
        }

        int[] origins() {
            return Arrays.copyOf(origins, chars.length());
        }

        @Override
        public String toString() {
            return chars.toString();
        }
    }
}
