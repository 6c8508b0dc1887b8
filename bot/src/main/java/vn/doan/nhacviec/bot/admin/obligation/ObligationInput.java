package vn.doan.nhacviec.bot.admin.obligation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Tag;

/**
 * Reads the answers of the obligation dialogue as people type them, with or without diacritics:
 * "chi đoàn #bien_gioi", "hằng quý", "15/5", "-" (no particular day). Empty means not understood.
 */
final class ObligationInput {

    static final int MAX_TITLE = 80;
    private static final Pattern POLICY = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}/\\d{1,2})\\s*(?:-|đến|den|to)\\s*(\\d{1,2}/\\d{1,2})");
    private static final Set<String> NONE = Set.of("-", "khong", "mac dinh", "macdinh", "default", "none", "het ky", "0");
    private static final Set<String> KEEP = Set.of("=", "giu", "giu nguyen", "keep");
    private static final Set<String> YES = Set.of("1", "luu", "ok", "co", "dong y", "yes", "save");
    private static final Set<String> NO = Set.of("2", "khong", "bo", "no");

    /** Recurrence choices in the order the dialogue numbers them. */
    static final List<Frequency> FREQUENCIES = List.of(Frequency.MONTH, Frequency.QUARTER, Frequency.HALF_YEAR, Frequency.YEAR,
            Frequency.ONCE, Frequency.WEEK);
    private static final Map<String, Frequency> FREQUENCY_WORDS = Map.ofEntries(
            Map.entry("thang", Frequency.MONTH), Map.entry("month", Frequency.MONTH), Map.entry("monthly", Frequency.MONTH),
            Map.entry("quy", Frequency.QUARTER), Map.entry("quarter", Frequency.QUARTER), Map.entry("quarterly", Frequency.QUARTER),
            Map.entry("6 thang", Frequency.HALF_YEAR), Map.entry("6thang", Frequency.HALF_YEAR), Map.entry("nua nam", Frequency.HALF_YEAR),
            Map.entry("half_year", Frequency.HALF_YEAR), Map.entry("half year", Frequency.HALF_YEAR),
            Map.entry("nam", Frequency.YEAR), Map.entry("year", Frequency.YEAR), Map.entry("yearly", Frequency.YEAR),
            Map.entry("1 lan", Frequency.ONCE), Map.entry("mot lan", Frequency.ONCE), Map.entry("once", Frequency.ONCE),
            Map.entry("tuan", Frequency.WEEK), Map.entry("week", Frequency.WEEK), Map.entry("weekly", Frequency.WEEK));

    private ObligationInput() {
    }

    /** Lower case, no diacritics (đ → d), single spaces. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    static boolean keeps(String text) {
        return KEEP.contains(fold(text));
    }

    static boolean confirms(String text) {
        return YES.contains(fold(text));
    }

    /** "2" (the second button), "không", "no". */
    static boolean declines(String text) {
        return NO.contains(fold(text));
    }

    static Optional<String> title(String text) {
        String title = text.strip().replaceAll("\\s+", " ");
        boolean printable = title.codePoints().noneMatch(Character::isISOControl);
        return !title.isEmpty() && title.length() <= MAX_TITLE && printable ? Optional.of(title) : Optional.empty();
    }

    /** "chi_doan co_so #bien_gioi -#truong_hoc", or level numbers 1–5 from the list. */
    static Optional<Assignee> assignee(String text) {
        Set<Level> levels = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (String word : fold(text).split("[\\s,;]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.startsWith("-#") || word.startsWith("!")) {
                String tag = word.replaceFirst("^(-#|!#?)", "");
                if (!Tag.isValid(tag)) {
                    return Optional.empty();
                }
                none.add(tag);
            } else if (word.startsWith("#")) {
                String tag = word.substring(1);
                if (!Tag.isValid(tag)) {
                    return Optional.empty();
                }
                all.add(tag);
            } else {
                Optional<Level> level = level(word);
                if (level.isEmpty()) {
                    return Optional.empty();
                }
                levels.add(level.get());
            }
        }
        if (levels.isEmpty() || all.size() + none.size() > 20) {
            return Optional.empty();
        }
        return Optional.of(new Assignee(List.copyOf(levels), all, none));
    }

    private static Optional<Level> level(String word) {
        if (word.matches("[1-5]")) {
            return Optional.of(Level.values()[Integer.parseInt(word) - 1]);
        }
        String bare = word.replace("_", "");
        for (Level level : Level.values()) {
            if (level.code().replace("_", "").equals(bare)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    static Optional<Frequency> frequency(String text) {
        String folded = fold(text).replaceFirst("^(hang|moi) ", "");
        if (folded.matches("[1-6]")) {
            return Optional.of(FREQUENCIES.get(Integer.parseInt(folded) - 1));
        }
        return Optional.ofNullable(FREQUENCY_WORDS.get(folded));
    }

    /**
     * The deadline part of a recurrence: for {@code once} a date {@code dd/MM/yyyy}; for {@code year}
     * "trước ngày" {@code dd/MM}, a window {@code dd/MM-dd/MM} or "-"; for months, quarters and
     * half-years the last day {@code 1–31} or "-" (the end of the period).
     */
    static Optional<Recurrence> deadline(Recurrence base, String text) {
        String folded = fold(text);
        Frequency every = base.every();
        boolean none = NONE.contains(folded);
        switch (every) {
            case ONCE -> {
                Matcher m = DAY_MONTH_YEAR.matcher(folded);
                if (!m.matches()) {
                    return Optional.empty();
                }
                return date(m).map(d -> with(base, String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()), null, null));
            }
            case YEAR -> {
                if (none) {
                    return Optional.of(with(base, null, null, null));
                }
                Matcher window = WINDOW.matcher(folded);
                if (window.matches()) {
                    Optional<MonthDay> from = dayMonth(window.group(1));
                    Optional<MonthDay> to = dayMonth(window.group(2));
                    if (from.isEmpty() || to.isEmpty() || from.get().isAfter(to.get())) {
                        return Optional.empty();
                    }
                    return Optional.of(with(base, null, null, format(from.get()) + "-" + format(to.get())));
                }
                return dayMonth(folded).filter(d -> !(d.getDayOfMonth() == 29 && d.getMonthValue() == 2))
                        .map(d -> with(base, format(d), null, null));
            }
            case MONTH, QUARTER, HALF_YEAR -> {
                if (none) {
                    return Optional.of(with(base, null, null, null));
                }
                if (folded.matches("\\d{1,2}") && Integer.parseInt(folded) >= 1 && Integer.parseInt(folded) <= 31) {
                    return Optional.of(with(base, null, Integer.parseInt(folded), null));
                }
                return Optional.empty();
            }
            default -> {
                return Optional.of(with(base, null, null, null));
            }
        }
    }

    /** Whether the deadline step is asked for this kind of recurrence. */
    static boolean hasDeadlineStep(Frequency every) {
        return every != Frequency.WEEK && every != Frequency.DAY;
    }

    /** Null for the default policy, or a policy name. */
    static Optional<Optional<String>> reminderPolicy(String text) {
        String folded = fold(text);
        if (NONE.contains(folded)) {
            return Optional.of(Optional.empty());
        }
        return POLICY.matcher(folded).matches() ? Optional.of(Optional.of(folded)) : Optional.empty();
    }

    private static Recurrence with(Recurrence base, String before, Integer lastDay, String window) {
        return new Recurrence(base.every(), base.interval(), base.anchorYear(), before, lastDay, window);
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<MonthDay> dayMonth(String text) {
        Matcher m = DAY_MONTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String format(MonthDay day) {
        return String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
    }
}
