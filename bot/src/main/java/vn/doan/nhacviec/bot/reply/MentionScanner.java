package vn.doan.nhacviec.bot.reply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days and the counts in a {@linkplain NormalizedText normalised} reply.
 *
 * <h2>Is "a/b" a date or a fraction?</h2>
 * Two numbers joined by {@code /}, {@code .} or {@code -} are read by the first of these that applies:
 * <ol>
 *   <li>A unit word right after them makes them a count, never a date: {@code a/b} is a out of b
 *       ("18/25 đoàn viên", "5/12 dv"), {@code a.b} a decimal ("2.5 km"), {@code a-b} a range whose
 *       first number counts ("15-20 người", "100-200 cây").</li>
 *   <li>Both parts have one or two digits and form a day/month that exists in some year (29/2 does,
 *       31/2 does not): a date ("20/11", "05/12", "5.12", "5-12").</li>
 *   <li>{@code a/b} with a ≤ b: a out of b ("18/25", "120/300"); {@code a.b}: a decimal ("3.75").</li>
 *   <li>Otherwise neither ("31/2", "40/13", "100-200"): its numbers are not used at all.</li>
 * </ol>
 * "a trên b" is always a fraction (if a ≤ b). Three numbers ("05-12-2026", "5/12/26", "5.12.2026")
 * are always a date with a year (two-digit years are 20xx), ignored when invalid.
 *
 * <h2>Numbers</h2>
 * A dot or comma followed by exactly three digits groups thousands ("1.200", "1,200", "1.200.000");
 * a comma followed by one or two digits is the decimal comma ("2,5" → 2.5); "2 nghìn" is 2000.
 * Not counts: any part of a date or time ("9h30", "9:30", "9 giờ"), a percentage, a duration ("báo cáo
 * 6 tháng", "2 năm"), a number right after a label word ("tháng 11", "quý 4", "lần 2", "năm 2026",
 * "tổ 5", "ấp 3", "thứ 2") or after a word that counts what is missing ("vắng 7 bạn", "thiếu 3 người",
 * "còn 200 cây"). Numbers of more than nine digits are not counts either.
 *
 * <h2>Other days</h2>
 * "hôm nay", "sáng nay" (today); "hôm qua", "tối qua" (−1); "hôm kia" (−2); "mai", "ngày mai" (+1);
 * "ngày kia", "mốt" (+2); "tuần sau/tới" (+7), "tuần trước" (−7); "3 ngày nữa", "sau 2 tuần",
 * "hoãn 1 tuần" (+), "3 ngày trước" (−); "ngày 20" (a day of a nearby month); "20 tháng 11 (năm 2026)".
 */
final class MentionScanner {

    /** A count found in the reply: {@code total} is set for "a out of b". */
    record Quantity(int start, double value, Integer total, boolean unitAfter) {
    }

    record Mentions(List<DateMention> dates, List<Quantity> quantities) {

        /** The count the reply reports: its first fraction, else its first count with a unit, else its first count. */
        Optional<Quantity> reported() {
            return quantities.stream().filter(q -> q.total() != null).findFirst()
                    .or(() -> quantities.stream().filter(Quantity::unitAfter).findFirst())
                    .or(() -> quantities.stream().findFirst());
        }
    }

    static final String MEMBER_UNITS = "doan vien(?: thanh nien)?|dvtn|dv|nguoi|ng|ban|thanh vien|tv|hoi vien"
            + "|em|ban tre|thanh nien|tn|tnv|tinh nguyen vien|dai bieu|dong chi|dc";
    static final String TARGET_UNITS = "cay(?: xanh)?|mo hinh|km|met|m|bo|du an|cong trinh|phan qua|suat|buoi"
            + "|hoat dong|tin bai|tin|bai|ho|diem|tuyen(?: duong)?|con duong|nha|chuyen|clb|cau lac bo|doi|nhom"
            + "|video|clip|luot|kg|tan|quyen|chiec|cai|tieu chi|chien dich|lop|ngay cong|ngay|phong trao"
            + "|san choi|bong den|den|thung|goi|phan";
    private static final Pattern UNIT_AHEAD =
            Pattern.compile("^\\s*(?:nghin\\s+|ngan\\s+)?(?:" + MEMBER_UNITS + "|" + TARGET_UNITS + ")\\b");
    private static final Pattern THOUSANDS_AHEAD = Pattern.compile("^\\s*(?:nghin|ngan)\\b");
    private static final Pattern LABEL_BEHIND = Pattern.compile(
            "\\b(?:thang|quy|nam|tuan|lan|dot|ky|khoa|so|ap|to|khu|khu pho|kp|lop|phong|chi doan|nhiem ky"
                    + "|gio|luc|buoc|xom|thon|phuong|xa|doi|tieu doi|hang|top|thu|stt|muc|phan|dieu|khoan"
                    + "|vang|thieu|con|con lai)\\s*$");
    private static final Pattern NOT_A_COUNT_AHEAD = Pattern.compile("^\\s*(?:%|phan tram\\b|thang\\b|nam\\b|quy\\b|tuan\\b)");

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.,/])\\d{1,2}\\s*(?::\\s*\\d{2}|h\\d{0,2}\\b|gio(?:\\s+\\d{1,2}(?:\\s+phut)?)?\\b)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4})|\\s*[/-]\\s*(\\d{4}))?(?!\\d)");
    private static final Pattern WORD_FRACTION = Pattern.compile("(?<![\\d.,])(\\d{1,9})\\s+tren\\s+(\\d{1,9})(?!\\d)");
    private static final Pattern SLASH_PAIR = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,9})\\s*/\\s*(\\d{1,9})(?!\\d|\\s*/\\s*\\d)");
    private static final Pattern DOT_DASH_PAIR = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([.-])(\\d{1,2})(?!\\d|[.-]\\d)");
    private static final Pattern DASH_RANGE = Pattern.compile("(?<![\\d/.-])(\\d{1,9})\\s*-\\s*(\\d{1,9})(?!\\d|[.-]\\d)");
    private static final Pattern DAY_ONLY = Pattern.compile("\\bngay\\s+(\\d{1,2})(?!\\d|\\s*[/.-]\\s*\\d)");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\d)(?<!\\d[.,])(\\d{1,3}(?:\\.\\d{3}){1,3}|\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,9},\\d{1,2}|\\d{1,9})(?![\\d]|[.,]\\d)");

    // In the COUNT_ patterns group 1 is the count and group 2 the unit (ngay or tuan).
    private static final Pattern COUNT_LATER = Pattern.compile("\\b(\\d{1,3})\\s+(ngay|tuan)\\s+(?:nua|toi|sau)\\b");
    private static final Pattern COUNT_AFTER = Pattern.compile("\\bsau\\s+(\\d{1,3})\\s+(ngay|tuan)\\b");
    private static final Pattern COUNT_EARLIER = Pattern.compile("\\b(\\d{1,3})\\s+(ngay|tuan)\\s+truoc\\b");
    private static final Pattern COUNT_AFTER_POSTPONE = Pattern.compile(
            "\\b(?:hoan|lui|doi|gia han)\\s+(?:them\\s+|lai\\s+)?(\\d{1,3}|_mot|mot)\\s+(ngay|tuan)\\b");
    private static final List<RelativeWord> RELATIVE_WORDS = List.of(
            new RelativeWord("\\b(?:hom|sang|chieu|trua|toi|bua) nay\\b", 0),
            new RelativeWord("\\b(?:hom|toi|bua) qua\\b", -1),
            new RelativeWord("\\bhom kia\\b", -2),
            new RelativeWord("\\bngay kia\\b", 2),
            new RelativeWord("\\bmot\\b(?!\\s+(?:tuan|thang|ngay|chut|lan|buoi|nam|nguoi|cay))", 2),
            new RelativeWord("\\b(?:ngay )?mai\\b", 1),
            new RelativeWord("\\btuan (?:sau|toi)\\b", 7),
            new RelativeWord("\\btuan truoc\\b", -7));

    private record RelativeWord(Pattern pattern, int days) {
        RelativeWord(String regex, int days) {
            this(Pattern.compile(regex), days);
        }
    }

    private record Found<T>(int start, T value) {
    }

    private final char[] work;
    private final List<Found<DateMention>> dates = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();

    private MentionScanner(String text, int ignoreFrom, int ignoreTo) {
        this.work = text.toCharArray();
        mask(ignoreFrom, ignoreTo);
    }

    /** Scans {@code text}, leaving out {@code [ignoreFrom, ignoreTo)} (the reason clause). */
    static Mentions scan(String text, int ignoreFrom, int ignoreTo) {
        return new MentionScanner(text, ignoreFrom, ignoreTo).run();
    }

    private Mentions run() {
        each(TIME, m -> { });
        each(FULL_DATE, m -> calendar(m.start(), m.group(1), m.group(3), m.group(4)));
        each(WORD_DATE, m -> calendar(m.start(), m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(4)));
        each(WORD_FRACTION, m -> fraction(m.start(), m.group(1), m.group(2)));
        each(SLASH_PAIR, this::slashPair);
        eachUnmasked(DOT_DASH_PAIR, this::dotDashPair);
        each(DASH_RANGE, this::range);
        each(COUNT_AFTER_POSTPONE, m -> relativeCount(m, +1));
        each(COUNT_LATER, m -> relativeCount(m, +1));
        each(COUNT_AFTER, m -> relativeCount(m, +1));
        each(COUNT_EARLIER, m -> relativeCount(m, -1));
        for (RelativeWord word : RELATIVE_WORDS) {
            each(word.pattern(), m -> dates.add(new Found<>(m.start(), new DateMention.Relative(word.days()))));
        }
        each(DAY_ONLY, m -> dates.add(new Found<>(m.start(), new DateMention.DayOfMonth(Integer.parseInt(m.group(1))))));
        each(NUMBER, this::number);

        dates.sort(Comparator.comparingInt(Found::start));
        quantities.sort(Comparator.comparingInt(Quantity::start));
        return new Mentions(dates.stream().map(Found::value).toList(), List.copyOf(quantities));
    }

    private void calendar(int start, String day, String month, String year) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        Integer y = year == null ? null : year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        if (DateMention.isDayOfMonth(d, m)) {
            dates.add(new Found<>(start, new DateMention.Calendar(d, m, y)));
        }
    }

    private void fraction(int start, String part, String whole) {
        long a = Long.parseLong(part);
        long b = Long.parseLong(whole);
        if (a <= b && b <= Integer.MAX_VALUE) {
            quantities.add(new Quantity(start, a, (int) b, true));
        }
    }

    /** Rules 1-4 of the class comment for {@code a/b}. */
    private void slashPair(Matcher m) {
        String a = m.group(1);
        String b = m.group(2);
        if (!unitAhead(m.end()) && a.length() <= 2 && b.length() <= 2
                && DateMention.isDayOfMonth(Integer.parseInt(a), Integer.parseInt(b))) {
            calendar(m.start(), a, b, null);
        } else {
            fraction(m.start(), a, b);
        }
    }

    /**
     * Rules 1-4 of the class comment for {@code a.b} and {@code a-b}; returns false to leave a
     * {@code a-b} that is not a date for {@link #range}.
     */
    private boolean dotDashPair(Matcher m) {
        boolean dot = ".".equals(m.group(2));
        boolean unit = unitAhead(m.end());
        if (!unit && DateMention.isDayOfMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)))) {
            calendar(m.start(), m.group(1), m.group(3), null);
            return true;
        }
        if (dot) {
            quantities.add(new Quantity(m.start(), Double.parseDouble(m.group(1) + "." + m.group(3)), null, unit));
            return true;
        }
        return false;
    }

    /** "15-20 người", "100-200 cây": a range with a unit counts its first number; without one, nothing. */
    private void range(Matcher m) {
        if (unitAhead(m.end())) {
            quantities.add(new Quantity(m.start(), Long.parseLong(m.group(1)), null, true));
        }
    }

    private void relativeCount(Matcher m, int sign) {
        int count = m.group(1).endsWith("mot") ? 1 : Integer.parseInt(m.group(1));
        int days = count * ("tuan".equals(m.group(2)) ? 7 : 1);
        dates.add(new Found<>(m.start(), new DateMention.Relative(sign * days)));
    }

    private void number(Matcher m) {
        String before = new String(work, 0, m.start());
        String after = new String(work, m.end(), work.length - m.end());
        if (LABEL_BEHIND.matcher(before).find() || NOT_A_COUNT_AHEAD.matcher(after).find()) {
            return;
        }
        String digits = m.group(1);
        double value = digits.matches("\\d{1,9},\\d{1,2}")
                ? Double.parseDouble(digits.replace(',', '.'))
                : Double.parseDouble(digits.replaceAll("[.,]", ""));
        if (THOUSANDS_AHEAD.matcher(after).find()) {
            value *= 1000;
        }
        quantities.add(new Quantity(m.start(), value, null, UNIT_AHEAD.matcher(after).find()));
    }

    private boolean unitAhead(int end) {
        return UNIT_AHEAD.matcher(new String(work, end, work.length - end)).find();
    }

    /** Runs {@code action} on every match and masks it so later passes do not see it again. */
    private void each(Pattern pattern, Consumer<Matcher> action) {
        eachUnmasked(pattern, m -> {
            action.accept(m);
            return true;
        });
    }

    /** Like {@link #each}, but the action decides whether the match is masked. */
    private void eachUnmasked(Pattern pattern, Predicate<Matcher> action) {
        // The matcher reads a snapshot, so masking inside the loop does not disturb it.
        Matcher m = pattern.matcher(new String(work));
        while (m.find()) {
            if (action.test(m)) {
                mask(m.start(), m.end());
            }
        }
    }

    private void mask(int from, int to) {
        Arrays.fill(work, Math.max(0, from), Math.min(work.length, Math.max(from, to)), ' ');
    }
}
