package vn.doan.nhacviec.bot.broadcast;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.bot.text.Folded;

/**
 * Reads a day and an optional time as people type them: "25/11", "25/11/2026 17:00", "8h30 mai",
 * "hôm nay 16:00". A day without a year that has passed this year means next year; no day means today.
 */
final class WhenParser {

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*(?::|h|gio|g)\\s*(\\d{2})?(?![\\d/])");
    private static final Pattern FILLER = Pattern.compile("\\b(hen|han|luc|vao|ngay|truoc|den|gui|at|on|by|send|deadline|sang|chieu|toi)\\b");

    private WhenParser() {
    }

    /** A day and, if given, a time of day. */
    record When(LocalDate date, LocalTime time) {
    }

    static Optional<When> parse(String text, LocalDate today) {
        String folded = Folded.of(text);
        LocalDate date = null;
        LocalTime time = null;
        try {
            Matcher d = DATE.matcher(folded);
            if (d.find()) {
                int year = d.group(3) == null ? today.getYear() : Integer.parseInt(d.group(3)) + (d.group(3).length() == 2 ? 2000 : 0);
                date = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                if (d.group(3) == null && date.isBefore(today)) {
                    date = date.plusYears(1);
                }
                folded = folded.substring(0, d.start()) + " " + folded.substring(d.end());
            }
            Matcher t = TIME.matcher(folded);
            if (t.find()) {
                time = LocalTime.of(Integer.parseInt(t.group(1)), t.group(2) == null ? 0 : Integer.parseInt(t.group(2)));
                folded = folded.substring(0, t.start()) + " " + folded.substring(t.end());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (date == null && folded.matches(".*\\b(ngay mai|mai|tomorrow)\\b.*")) {
            date = today.plusDays(1);
            folded = folded.replaceAll("\\b(ngay mai|mai|tomorrow)\\b", " ");
        } else if (date == null && folded.matches(".*\\b(hom nay|nay|today)\\b.*")) {
            date = today;
            folded = folded.replaceAll("\\b(hom nay|nay|today)\\b", " ");
        }
        if (date == null && time == null) {
            return Optional.empty();
        }
        // anything left but filler words means this was not a time
        if (!FILLER.matcher(folded).replaceAll(" ").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new When(date == null ? today : date, time));
    }
}
