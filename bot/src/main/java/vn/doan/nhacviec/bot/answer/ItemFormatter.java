package vn.doan.nhacviec.bot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.occurrence.Occurrence;

/** How an occurrence reads in a list: title, period, and the deadline or how late it is. */
@Component
public class ItemFormatter {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;
    private final Clock clock;

    public ItemFormatter(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** "Sinh hoạt chi đoàn (tháng 11/2026) — hạn: hết ngày 30/11/2026", or the overdue form. */
    public String line(Locale locale, Obligation obligation, Occurrence occurrence, java.time.ZoneId zone) {
        return line(locale, obligation, occurrence, zone, clock.instant());
    }

    /** The same line as read at {@code now} (a reminder decided for a given instant). */
    public String line(Locale locale, Obligation obligation, Occurrence occurrence, java.time.ZoneId zone, java.time.Instant now) {
        return withExtension(locale, occurrence, deadlineLine(locale, obligation, occurrence, zone, now));
    }

    private String deadlineLine(Locale locale, Obligation obligation, Occurrence occurrence, java.time.ZoneId zone, java.time.Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        String title = obligation.title() + " (" + periodLabel(locale, occurrence.periodKey()) + ")";
        if (occurrence.isOverdue(now)) {
            long days = ChronoUnit.DAYS.between(occurrence.lastDay(), today);
            return messages.get(locale, "item.overdue", title, occurrence.lastDay().format(DATE), days);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, occurrence.lastDay());
        if (daysLeft == 0) {
            return messages.get(locale, "item.dueToday", title, occurrence.lastDay().format(DATE));
        }
        return messages.get(locale, "item.due", title, occurrence.lastDay().format(DATE), daysLeft);
    }

    /** A deadline moved by an approved postponement says so, with the original one. */
    private String withExtension(Locale locale, Occurrence occurrence, String line) {
        return occurrence.extended()
                ? line + " " + messages.get(locale, "item.extended", occurrence.originalLastDay().format(DATE))
                : line;
    }

    /** A period key as people say it: "tháng 11/2026", "quý IV/2026", "năm 2026", ... */
    public String periodLabel(Locale locale, String key) {
        if (key.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return messages.get(locale, "period.day", LocalDate.parse(key).format(DATE));
        }
        if (key.matches("\\d{4}-W\\d{2}")) {
            return messages.get(locale, "period.week", key.substring(6), key.substring(0, 4));
        }
        if (key.matches("\\d{4}-\\d{2}")) {
            return messages.get(locale, "period.month", key.substring(5), key.substring(0, 4));
        }
        if (key.matches("\\d{4}-\\d{2}\\+\\d+M")) {
            return messages.get(locale, "period.months", key.substring(5, 7), key.substring(0, 4), key.substring(8, key.length() - 1));
        }
        if (key.matches("\\d{4}-Q\\d")) {
            return messages.get(locale, "period.quarter", roman(key.charAt(6) - '0'), key.substring(0, 4));
        }
        if (key.matches("\\d{4}-H\\d")) {
            return messages.get(locale, "period.half" + key.charAt(6), key.substring(0, 4));
        }
        if (key.matches("\\d{4}")) {
            return messages.get(locale, "period.year", key);
        }
        if (key.matches("\\d{4}-\\d{4}")) {
            return messages.get(locale, "period.years", key.substring(0, 4), key.substring(5));
        }
        return key;
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
