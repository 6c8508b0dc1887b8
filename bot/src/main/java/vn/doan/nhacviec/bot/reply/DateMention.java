package vn.doan.nhacviec.bot.reply;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A day named in a reply, resolved against the parsing day in one of two directions: a done-day is the
 * latest matching day not after today, a postpone-day the earliest matching day not before today.
 */
sealed interface DateMention {

    /** How far year or month inference may search (covers 29/2 and any day of month). */
    int SEARCH_LIMIT = 12;

    /** The latest day this mention can mean that is not after {@code today}. */
    Optional<LocalDate> onOrBefore(LocalDate today);

    /** The earliest day this mention can mean that is not before {@code today}. */
    Optional<LocalDate> onOrAfter(LocalDate today);

    /** Whether {@code day/month} exists in some year (29/2 does, 31/4 does not). */
    static boolean isDayOfMonth(long day, long month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(2024, (int) month).lengthOfMonth();
    }

    /** "5/12", "05-12-2026", "20 tháng 11": day and month, year when written. */
    record Calendar(int day, int month, Integer year) implements DateMention {

        @Override
        public Optional<LocalDate> onOrBefore(LocalDate today) {
            return search(today, -1).filter(d -> !d.isAfter(today));
        }

        @Override
        public Optional<LocalDate> onOrAfter(LocalDate today) {
            return search(today, +1).filter(d -> !d.isBefore(today));
        }

        private Optional<LocalDate> search(LocalDate today, int step) {
            if (year != null) {
                return of(year, month, day);
            }
            for (int k = 0; k <= SEARCH_LIMIT; k++) {
                Optional<LocalDate> candidate = of(today.getYear() + step * k, month, day);
                boolean rightSide = candidate.map(d -> step < 0 ? !d.isAfter(today) : !d.isBefore(today)).orElse(false);
                if (rightSide) {
                    return candidate;
                }
            }
            return Optional.empty();
        }
    }

    /** "ngày 20": a day of the current, previous or next month. */
    record DayOfMonth(int day) implements DateMention {

        @Override
        public Optional<LocalDate> onOrBefore(LocalDate today) {
            return search(today, -1);
        }

        @Override
        public Optional<LocalDate> onOrAfter(LocalDate today) {
            return search(today, +1);
        }

        private Optional<LocalDate> search(LocalDate today, int step) {
            for (int k = 0; k <= SEARCH_LIMIT; k++) {
                try {
                    YearMonth month = YearMonth.from(today).plusMonths((long) step * k);
                    Optional<LocalDate> candidate = of(month.getYear(), month.getMonthValue(), day);
                    boolean rightSide = candidate.map(d -> step < 0 ? !d.isAfter(today) : !d.isBefore(today)).orElse(false);
                    if (rightSide) {
                        return candidate;
                    }
                } catch (DateTimeException outOfRange) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /** "hôm qua", "mai", "3 ngày nữa": a number of days from today. */
    record Relative(int days) implements DateMention {

        @Override
        public Optional<LocalDate> onOrBefore(LocalDate today) {
            return days <= 0 ? plus(today, days) : Optional.empty();
        }

        @Override
        public Optional<LocalDate> onOrAfter(LocalDate today) {
            return days >= 0 ? plus(today, days) : Optional.empty();
        }

        private static Optional<LocalDate> plus(LocalDate today, int days) {
            try {
                return Optional.of(today.plusDays(days));
            } catch (DateTimeException outOfRange) {
                return Optional.empty();
            }
        }
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
