package vn.doan.nhacviec.bot.admin.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.bot.command.CommandContext;

/**
 * The audit log keeps states and reasons as the code wrote them (field paths, level and role names in
 * capitals, English reasons); this words the shapes it knows for the reader of {@code /nhatky}: field
 * names ({@code audit.field.*}), levels by their names ({@code level.*}), the role a command needs
 * ({@code role.*}) and the usual refusal reasons ({@code audit.reason.*}). Anything else is shown as kept.
 */
final class AuditWords {

    private static final Pattern NEEDS = Pattern.compile("needs ([A-Z_]+)( \\(document\\))?");
    private static final Pattern OUTSIDE = Pattern.compile("outside the caller's part of the tree: (\\S+)");

    private AuditWords() {
    }

    /** One changed field: {@code name: before → after}, or {@code name: value} for something new. */
    static String change(CommandContext context, StateDiff.Change change) {
        String field = context.messages().getOrDefault(context.locale(), "audit.field." + change.field(), change.field());
        String after = value(context, change.field(), change.after());
        return change.before() == null ? context.text("audit.fieldValue", field, after)
                : context.text("audit.fieldChange", field, value(context, change.field(), change.before()), after);
    }

    /** A reason or detail: a known shape in the reader's words, else as kept. */
    static String detail(CommandContext context, String detail) {
        Matcher needs = NEEDS.matcher(detail);
        if (needs.matches()) {
            return context.text(needs.group(2) == null ? "audit.reason.needs" : "audit.reason.needsDocument", role(context, needs.group(1)));
        }
        Matcher outside = OUTSIDE.matcher(detail);
        if (outside.matches()) {
            return context.text("audit.reason.outside", outside.group(1));
        }
        String key = "audit.reason." + detail.replace(' ', '_');
        return context.messages().getOrDefault(context.locale(), key, detail);
    }

    private static String role(CommandContext context, String access) {
        String name = access.toLowerCase(Locale.ROOT);
        return context.messages().getOrDefault(context.locale(), "role." + name,
                context.messages().getOrDefault(context.locale(), "audit.access." + name, access));
    }

    /** Levels kept as a JSON list of their names ({@code ["CO_SO"]}) read as the levels' own names. */
    private static String value(CommandContext context, String field, String value) {
        if (value == null || !(field.equals("levels") || field.endsWith(".levels")) || !value.startsWith("[")) {
            return value;
        }
        try {
            JsonNode list = JsonMapper.shared().readTree(value);
            List<String> names = new ArrayList<>();
            for (JsonNode level : list) {
                String code = level.asString().toLowerCase(Locale.ROOT);
                names.add(context.messages().getOrDefault(context.locale(), "level." + code, code));
            }
            return String.join(", ", names);
        } catch (JacksonException | UnsupportedOperationException e) {
            return value;
        }
    }
}
