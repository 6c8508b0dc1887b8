package vn.doan.nhacviec.data.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.data.catalog.Completion.CompletionKind;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.unit.Tag;
import vn.doan.nhacviec.data.unit.UnitCode;

/**
 * Checks a bound catalogue against the rules the records' javadoc states. Returns every problem
 * found, one line each, in the same "file: entry: field …: message" form as binding errors.
 */
public final class CatalogValidator {

    static final int MAX_TITLE_LENGTH = 80;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{2})/(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern WINDOW = Pattern.compile("(\\d{2}/\\d{2})-(\\d{2}/\\d{2})");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> planCodes = new HashMap<>();
    private final Map<String, String> obligationCodes = new HashMap<>();

    private String file;
    private String entry;

    private CatalogValidator() {
    }

    /** Every problem of these files, checked together (codes must be unique across them). */
    public static List<String> validate(List<LoadedCatalogFile> files) {
        CatalogValidator v = new CatalogValidator();
        files.forEach(v::checkFile);
        return v.problems;
    }

    /** One problem line; {@code entry} and {@code field} may be null. */
    static String problem(String file, String entry, String field, String message) {
        StringBuilder sb = new StringBuilder(file).append(": ");
        if (entry != null) {
            sb.append(entry).append(": ");
        }
        if (field != null) {
            sb.append("field ").append(field).append(": ");
        }
        return sb.append(message).toString();
    }

    private void fail(String field, String message) {
        problems.add(problem(file, entry, field, message));
    }

    private void checkFile(LoadedCatalogFile loaded) {
        file = loaded.path().toString();
        entry = null;
        CatalogFile content = loaded.content();
        PlanDefinition plan = content.plan();
        if (plan == null) {
            fail("plan", "is missing (every catalogue file starts with its plan)");
        } else {
            entry = "plan";
            checkPlan(plan, loaded.fileName());
        }
        entry = null;
        if (content.obligations() == null || content.obligations().isEmpty()) {
            fail("obligations", "is missing (a plan needs at least one obligation)");
            return;
        }
        for (int i = 0; i < content.obligations().size(); i++) {
            ObligationDefinition o = content.obligations().get(i);
            if (o == null) {
                entry = "obligation #" + (i + 1);
                fail(null, "is empty");
                continue;
            }
            entry = "obligation " + (blank(o.code()) ? "#" + (i + 1) : o.code());
            checkObligation(o, plan, loaded.fileName());
        }
    }

    private void checkPlan(PlanDefinition plan, String fileName) {
        if (required("code", plan.code()) && checkCode("code", plan.code())) {
            String other = planCodes.putIfAbsent(plan.code(), fileName);
            if (other != null) {
                fail("code", quote(plan.code()) + " is already the code of the plan in " + other);
            }
        }
        required("title", plan.title());
        if (required("issuer", plan.issuer()) && !UnitCode.isValid(plan.issuer())) {
            fail("issuer", quote(plan.issuer()) + " is not a unit code (lower-case letters, digits, -)");
        }
        required("source_file", plan.sourceFile());
        if (plan.effectiveFrom() == null) {
            fail("in_force_from", "is missing (required when the plan prints no date)");
        } else if (plan.inForceUntil() != null && plan.inForceUntil().isBefore(plan.effectiveFrom())) {
            fail("in_force_until", plan.inForceUntil() + " is before the plan comes into force ("
                    + plan.effectiveFrom() + ")");
        }
    }

    private void checkObligation(ObligationDefinition o, PlanDefinition plan, String fileName) {
        if (required("code", o.code()) && checkCode("code", o.code())) {
            String other = obligationCodes.putIfAbsent(o.code(), fileName);
            if (other != null) {
                fail("code", quote(o.code()) + " is already used in " + other);
            }
        }
        if (required("title", o.title()) && o.title().length() > MAX_TITLE_LENGTH) {
            fail("title", "is " + o.title().length() + " characters long; keep it to " + MAX_TITLE_LENGTH
                    + " so it fits in a reminder line");
        }
        checkSource(o.source());
        checkAssignee(o.assignee());
        checkRecurrence(o.recurrence(), plan);
        checkCompletion(o.completion());
        required("recipient", o.recipient());
    }

    private void checkSource(Source source) {
        if (source == null) {
            fail("source", "is missing");
            return;
        }
        required("source.file", source.file());
        required("source.section", source.section());
        required("source.quote", source.quote());
    }

    private void checkAssignee(Assignee assignee) {
        if (assignee == null) {
            fail("assignee", "is missing");
            return;
        }
        if (assignee.levels().isEmpty()) {
            fail("assignee.levels", "is missing (at least one level)");
        }
        checkTags("assignee.tags_all", assignee.tagsAll());
        checkTags("assignee.tags_none", assignee.tagsNone());
        for (String tag : assignee.tagsAll()) {
            if (assignee.tagsNone().contains(tag)) {
                fail("assignee.tags_none", quote(tag) + " is also in tags_all, so no unit could match");
            }
        }
    }

    private void checkTags(String field, List<String> tags) {
        for (String tag : tags) {
            if (!Tag.isValid(tag)) {
                fail(field, quote(tag) + " is not a tag (lower-case letters, digits, _)");
            }
        }
    }

    private void checkRecurrence(Recurrence r, PlanDefinition plan) {
        if (r == null) {
            fail("recurrence", "is missing");
            return;
        }
        if (r.every() == null) {
            fail("recurrence.every", "is missing");
            return;
        }
        Frequency every = r.every();
        String kind = every.name().toLowerCase(Locale.ROOT);
        checkInterval(r, every, kind);

        if (r.before() != null) {
            if (every == Frequency.YEAR) {
                parseDayMonth("recurrence.before", r.before());
            } else if (every == Frequency.ONCE) {
                LocalDate deadline = parseDate("recurrence.before", r.before());
                checkInForce(deadline, r.before(), plan);
            } else {
                fail("recurrence.before", "is only allowed with every: year or every: once, not " + kind
                        + " (the deadline is the end of each period)");
            }
        } else if (every == Frequency.ONCE) {
            fail("recurrence.before", "is missing (every: once needs a deadline dd/MM/yyyy)");
        }

        if (r.lastDay() != null) {
            if (r.before() != null || r.window() != null) {
                fail("recurrence.last_day", "cannot be combined with before or window");
            } else if (every == Frequency.DAY || every == Frequency.WEEK) {
                fail("recurrence.last_day", "is not allowed with every: " + kind);
            } else if (r.lastDay() < 1 || r.lastDay() > 31) {
                fail("recurrence.last_day", r.lastDay() + " is not a day of the month (1 to 31)");
            }
        }

        if (r.window() != null) {
            if (every != Frequency.YEAR) {
                fail("recurrence.window", "is only allowed with every: year, not " + kind);
            } else if (r.before() != null) {
                fail("recurrence.window", "cannot be combined with before (the deadline is the day after the window)");
            } else {
                checkWindow(r.window());
            }
        }
    }

    private void checkInterval(Recurrence r, Frequency every, String kind) {
        if (r.interval() != null) {
            if (r.interval() < 1) {
                fail("recurrence.interval", r.interval() + " must be 1 or more");
            } else if (r.interval() > 1
                    && (every == Frequency.ONCE || every == Frequency.DAY || every == Frequency.WEEK)) {
                fail("recurrence.interval", "is not allowed with every: " + kind
                        + " (blocks exist for month, quarter, half_year and year)");
            }
        }
        if (r.anchorYear() != null) {
            if (r.intervalOrOne() <= 1) {
                fail("recurrence.anchor_year", "only makes sense with interval greater than 1");
            } else if (r.anchorYear() < 1900 || r.anchorYear() > 2200) {
                fail("recurrence.anchor_year", r.anchorYear() + " is not a plausible year");
            }
        }
    }

    private void checkInForce(LocalDate deadline, String text, PlanDefinition plan) {
        if (deadline == null || plan == null || plan.effectiveFrom() == null) {
            return;
        }
        LocalDate lastDayOnTime = deadline.minusDays(1);
        if (lastDayOnTime.isBefore(plan.effectiveFrom())
                || (plan.inForceUntil() != null && lastDayOnTime.isAfter(plan.inForceUntil()))) {
            fail("recurrence.before", quote(text) + " falls outside the time the plan is in force ("
                    + plan.effectiveFrom() + " to " + (plan.inForceUntil() == null ? "open end" : plan.inForceUntil())
                    + ")");
        }
    }

    private MonthDay parseDayMonth(String field, String text) {
        Matcher m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (day == 29 && month == 2) {
                fail(field, quote(text) + " does not exist every year; use 28/02 or 01/03");
                return null;
            }
            try {
                return MonthDay.of(month, day);
            } catch (DateTimeException e) {
                // fall through to the message below
            }
        }
        fail(field, quote(text) + " is not a valid day/month (expected dd/MM)");
        return null;
    }

    private LocalDate parseDate(String field, String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                // fall through to the message below
            }
        }
        fail(field, quote(text) + " is not a valid date (expected dd/MM/yyyy)");
        return null;
    }

    private void checkWindow(String window) {
        Matcher m = WINDOW.matcher(window);
        if (!m.matches()) {
            fail("recurrence.window", quote(window) + " is not a window (expected dd/MM-dd/MM)");
            return;
        }
        MonthDay from = parseDayMonth("recurrence.window", m.group(1));
        MonthDay to = parseDayMonth("recurrence.window", m.group(2));
        if (from != null && to != null && from.isAfter(to)) {
            fail("recurrence.window", quote(window) + " ends before it starts (a window stays inside one year)");
        }
    }

    private void checkCompletion(Completion c) {
        if (c == null) {
            fail("completion", "is missing");
            return;
        }
        if (c.kind() == null) {
            fail("completion.kind", "is missing (yes_no or quantity)");
            return;
        }
        if (c.kind() == CompletionKind.YES_NO) {
            if (c.unit() != null || c.target() != null || c.targetScope() != null) {
                fail("completion", "a yes_no completion takes no unit, target or target_scope");
            }
            return;
        }
        required("completion.unit", c.unit());
        if (c.target() == null) {
            fail("completion.target", "is missing (a quantity needs a target)");
        } else if (!(c.target() > 0) || c.target().isInfinite()) {
            fail("completion.target", c.target() + " must be a positive number");
        }
        if (c.targetScope() == null) {
            fail("completion.target_scope", "is missing (unit or subtree)");
        }
    }

    private boolean required(String field, String value) {
        if (blank(value)) {
            fail(field, "is missing");
            return false;
        }
        return true;
    }

    private boolean checkCode(String field, String code) {
        if (!CODE.matcher(code).matches()) {
            fail(field, quote(code) + " is not a code (upper-case ASCII letters and digits, joined by hyphens)");
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quote(Object value) {
        return "\"" + value + "\"";
    }
}
