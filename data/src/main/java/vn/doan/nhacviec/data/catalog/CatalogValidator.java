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
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.imports.ImportProblem.Entry;
import vn.doan.nhacviec.data.unit.Tag;
import vn.doan.nhacviec.data.unit.UnitCode;

/**
 * Checks a bound catalogue against the rules the records' javadoc states. Returns every problem
 * found, each with its file, entry and field and a message key ({@code import.*}) the bot words.
 */
public final class CatalogValidator {

    static final int MAX_TITLE_LENGTH = 80;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{2})/(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern WINDOW = Pattern.compile("(\\d{2}/\\d{2})-(\\d{2}/\\d{2})");

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> planCodes = new HashMap<>();
    private final Map<String, String> obligationCodes = new HashMap<>();

    private String file;
    private Entry entry;

    private CatalogValidator() {
    }

    /** Every problem of these files, checked together (codes must be unique across them). */
    public static List<ImportProblem> validate(List<LoadedCatalogFile> files) {
        CatalogValidator v = new CatalogValidator();
        files.forEach(v::checkFile);
        return v.problems;
    }

    private void fail(String field, String key, Object... args) {
        problems.add(ImportProblem.inFile(file, entry, field, key, args));
    }

    private void checkFile(LoadedCatalogFile loaded) {
        file = loaded.path().toString();
        entry = null;
        CatalogFile content = loaded.content();
        PlanDefinition plan = content.plan();
        if (plan == null) {
            fail("plan", "import.planMissing");
        } else {
            entry = Entry.plan();
            checkPlan(plan, loaded.fileName());
        }
        entry = null;
        if (content.obligations() == null || content.obligations().isEmpty()) {
            fail("obligations", "import.obligationsMissing");
            return;
        }
        for (int i = 0; i < content.obligations().size(); i++) {
            ObligationDefinition o = content.obligations().get(i);
            if (o == null) {
                entry = Entry.obligationNumber(i + 1);
                fail(null, "import.entryEmpty");
                continue;
            }
            entry = blank(o.code()) ? Entry.obligationNumber(i + 1) : Entry.obligation(o.code());
            checkObligation(o, plan, loaded.fileName());
        }
    }

    private void checkPlan(PlanDefinition plan, String fileName) {
        if (required("code", plan.code()) && checkCode("code", plan.code())) {
            String other = planCodes.putIfAbsent(plan.code(), fileName);
            if (other != null) {
                fail("code", "import.planCodeTaken", plan.code(), other);
            }
        }
        required("title", plan.title());
        if (required("issuer", plan.issuer()) && !UnitCode.isValid(plan.issuer())) {
            fail("issuer", "import.notUnitCode", plan.issuer());
        }
        required("source_file", plan.sourceFile());
        if (plan.effectiveFrom() == null) {
            fail("in_force_from", "import.inForceFromMissing");
        } else if (plan.inForceUntil() != null && plan.inForceUntil().isBefore(plan.effectiveFrom())) {
            fail("in_force_until", "import.inForceUntilTooEarly", plan.inForceUntil().toString(),
                    plan.effectiveFrom().toString());
        }
    }

    private void checkObligation(ObligationDefinition o, PlanDefinition plan, String fileName) {
        if (required("code", o.code()) && checkCode("code", o.code())) {
            String other = obligationCodes.putIfAbsent(o.code(), fileName);
            if (other != null) {
                fail("code", "import.obligationCodeTaken", o.code(), other);
            }
        }
        if (required("title", o.title()) && o.title().length() > MAX_TITLE_LENGTH) {
            fail("title", "import.titleTooLong", o.title().length(), MAX_TITLE_LENGTH);
        }
        checkSource(o.source());
        checkAssignee(o.assignee());
        checkRecurrence(o.recurrence(), plan);
        checkCompletion(o.completion());
        required("recipient", o.recipient());
    }

    private void checkSource(Source source) {
        if (source == null) {
            fail("source", "import.missing");
            return;
        }
        required("source.file", source.file());
        required("source.section", source.section());
        required("source.quote", source.quote());
    }

    private void checkAssignee(Assignee assignee) {
        if (assignee == null) {
            fail("assignee", "import.missing");
            return;
        }
        if (assignee.levels().isEmpty()) {
            fail("assignee.levels", "import.levelsMissing");
        }
        checkTags("assignee.tags_all", assignee.tagsAll());
        checkTags("assignee.tags_none", assignee.tagsNone());
        for (String tag : assignee.tagsAll()) {
            if (assignee.tagsNone().contains(tag)) {
                fail("assignee.tags_none", "import.tagBothWays", tag);
            }
        }
    }

    private void checkTags(String field, List<String> tags) {
        for (String tag : tags) {
            if (!Tag.isValid(tag)) {
                fail(field, "import.notTag", tag);
            }
        }
    }

    private void checkRecurrence(Recurrence r, PlanDefinition plan) {
        if (r == null) {
            fail("recurrence", "import.missing");
            return;
        }
        if (r.every() == null) {
            fail("recurrence.every", "import.missing");
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
                fail("recurrence.before", "import.beforeNotAllowed", kind);
            }
        } else if (every == Frequency.ONCE) {
            fail("recurrence.before", "import.beforeMissing");
        }

        if (r.lastDay() != null) {
            if (r.before() != null || r.window() != null) {
                fail("recurrence.last_day", "import.lastDayCombined");
            } else if (every == Frequency.DAY || every == Frequency.WEEK) {
                fail("recurrence.last_day", "import.lastDayNotAllowed", kind);
            } else if (r.lastDay() < 1 || r.lastDay() > 31) {
                fail("recurrence.last_day", "import.lastDayOutOfRange", String.valueOf(r.lastDay()));
            }
        }

        if (r.window() != null) {
            if (every != Frequency.YEAR) {
                fail("recurrence.window", "import.windowNotAllowed", kind);
            } else if (r.before() != null) {
                fail("recurrence.window", "import.windowWithBefore");
            } else {
                checkWindow(r.window());
            }
        }
    }

    private void checkInterval(Recurrence r, Frequency every, String kind) {
        if (r.interval() != null) {
            if (r.interval() < 1) {
                fail("recurrence.interval", "import.intervalTooSmall", String.valueOf(r.interval()));
            } else if (r.interval() > 1
                    && (every == Frequency.ONCE || every == Frequency.DAY || every == Frequency.WEEK)) {
                fail("recurrence.interval", "import.intervalNotAllowed", kind);
            }
        }
        if (r.anchorYear() != null) {
            if (r.intervalOrOne() <= 1) {
                fail("recurrence.anchor_year", "import.anchorYearUseless");
            } else if (r.anchorYear() < 1900 || r.anchorYear() > 2200) {
                fail("recurrence.anchor_year", "import.anchorYearImplausible", String.valueOf(r.anchorYear()));
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
            if (plan.inForceUntil() == null) {
                fail("recurrence.before", "import.beforeOutsideOpenEnd", text, plan.effectiveFrom().toString());
            } else {
                fail("recurrence.before", "import.beforeOutside", text, plan.effectiveFrom().toString(),
                        plan.inForceUntil().toString());
            }
        }
    }

    private MonthDay parseDayMonth(String field, String text) {
        Matcher m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (day == 29 && month == 2) {
                fail(field, "import.notEveryYear", text);
                return null;
            }
            try {
                return MonthDay.of(month, day);
            } catch (DateTimeException e) {
                // fall through to the message below
            }
        }
        fail(field, "import.notDayMonth", text);
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
        fail(field, "import.notDate", text);
        return null;
    }

    private void checkWindow(String window) {
        Matcher m = WINDOW.matcher(window);
        if (!m.matches()) {
            fail("recurrence.window", "import.notWindow", window);
            return;
        }
        MonthDay from = parseDayMonth("recurrence.window", m.group(1));
        MonthDay to = parseDayMonth("recurrence.window", m.group(2));
        if (from != null && to != null && from.isAfter(to)) {
            fail("recurrence.window", "import.windowReversed", window);
        }
    }

    private void checkCompletion(Completion c) {
        if (c == null) {
            fail("completion", "import.missing");
            return;
        }
        if (c.kind() == null) {
            fail("completion.kind", "import.completionKindMissing");
            return;
        }
        if (c.kind() == CompletionKind.YES_NO) {
            if (c.unit() != null || c.target() != null || c.targetScope() != null) {
                fail("completion", "import.yesNoExtras");
            }
            return;
        }
        required("completion.unit", c.unit());
        if (c.target() == null) {
            fail("completion.target", "import.targetMissing");
        } else if (!(c.target() > 0) || c.target().isInfinite()) {
            fail("completion.target", "import.targetNotPositive", String.valueOf(c.target()));
        }
        if (c.targetScope() == null) {
            fail("completion.target_scope", "import.targetScopeMissing");
        }
    }

    private boolean required(String field, String value) {
        if (blank(value)) {
            fail(field, "import.missing");
            return false;
        }
        return true;
    }

    private boolean checkCode(String field, String code) {
        if (!CODE.matcher(code).matches()) {
            fail(field, "import.notCode", code);
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
