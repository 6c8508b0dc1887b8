package vn.doan.nhacviec.bot.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.text.Folded;

/**
 * The days a report covers, from {@code first} to {@code last} inclusive. Typed as: nothing or
 * {@code thang} (this month), {@code thang 10/2026} or {@code 10/2026}, {@code quy} (this quarter),
 * {@code Q4/2026} or {@code quy 4/2026}, {@code nam} (this year), {@code 2026}, or two dates
 * {@code 01/10/2026-31/12/2026}. {@link #token()} is the short form choices carry.
 */
record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {

    enum Kind { MONTH, QUARTER, YEAR, RANGE }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_YEARS = 10;
    private static final Pattern MONTH = Pattern.compile("(?:(?:thang|month) )?(\\d{1,2})[/-](\\d{4})|(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(?:q|quy |quy|quarter )([1-4]|i{1,3}|iv)(?:[/ -](\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?:(?:nam|year) )?(\\d{4})");
    private static final Pattern RANGE = Pattern.compile(
            "(?:tu )?(\\d{1,2})/(\\d{1,2})/(\\d{4}) ?(?:-|–|den|to) ?(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    static ReportPeriod quarter(int year, int quarter) {
        YearMonth start = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(Kind.QUARTER, start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }

    static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period typed, or empty if the text is not one. A blank text is this month. */
    static Optional<ReportPeriod> parse(String text, LocalDate today) {
        String folded = Folded.of(text).replace("–", "-");
        try {
            return Optional.ofNullable(read(folded, today)).filter(p -> !p.last().isBefore(p.first())
                    && p.first().plusYears(MAX_YEARS).isAfter(p.last()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ReportPeriod read(String text, LocalDate today) {
        switch (text.replace('-', ' ')) {
            case "", "thang", "thang nay", "month", "this month" -> {
                return month(YearMonth.from(today));
            }
            case "thang truoc", "last month" -> {
                return month(YearMonth.from(today).minusMonths(1));
            }
            case "quy", "quy nay", "quarter", "this quarter" -> {
                return quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
            }
            case "nam", "nam nay", "year", "this year" -> {
                return year(today.getYear());
            }
            default -> {
                // fall through to the patterns
            }
        }
        Matcher m = RANGE.matcher(text);
        if (m.matches()) {
            return new ReportPeriod(Kind.RANGE, date(m.group(1), m.group(2), m.group(3)), date(m.group(4), m.group(5), m.group(6)));
        }
        m = MONTH.matcher(text);
        if (m.matches()) {
            return m.group(1) != null ? month(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))))
                    : month(YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            int year = m.group(2) == null ? today.getYear() : Integer.parseInt(m.group(2));
            return quarter(year, quarterNumber(m.group(1)));
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        return null;
    }

    /** The short form that parses back to this period: {@code 2026-11}, {@code Q4/2026}, {@code 2026}, {@code 01/10/2026-31/12/2026}. */
    String token() {
        return switch (kind) {
            case MONTH -> YearMonth.from(first).toString();
            case QUARTER -> "Q" + ((first.getMonthValue() - 1) / 3 + 1) + "/" + first.getYear();
            case YEAR -> String.valueOf(first.getYear());
            case RANGE -> first.format(DATE) + "-" + last.format(DATE);
        };
    }

    /** A form fit for file names: {@code 2026-11}, {@code Q4-2026}, {@code 2026}, {@code 2026-10-01_2026-12-31}. */
    String slug() {
        return kind == Kind.RANGE ? first + "_" + last : token().replace('/', '-');
    }

    /** As people say it: "tháng 11/2026", "quý IV/2026", "năm 2026", "01/10/2026–31/12/2026". */
    String label(Messages messages, Locale locale) {
        return switch (kind) {
            case MONTH -> messages.get(locale, "period.month", String.format("%02d", first.getMonthValue()), String.valueOf(first.getYear()));
            case QUARTER -> messages.get(locale, "period.quarter", roman((first.getMonthValue() - 1) / 3 + 1), String.valueOf(first.getYear()));
            case YEAR -> messages.get(locale, "period.year", String.valueOf(first.getYear()));
            case RANGE -> messages.get(locale, "report.range", first.format(DATE), last.format(DATE));
        };
    }

    private static LocalDate date(String day, String month, String year) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static int quarterNumber(String text) {
        return switch (text) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(text);
        };
    }

    private static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    @Override
    public String toString() {
        return token();
    }
}
