package vn.doan.nhacviec.bot.admin.audit;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.audit.AuditEntry;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * {@code /nhatky [unit] [count]}: the newest audit entries about a subtree (by default the caller's
 * whole part of the tree): when, who, what, on which unit, and the state before and after.
 */
@Component
class AuditLogCommand implements BotCommand {

    static final int DEFAULT_COUNT = 15;
    static final int MAX_COUNT = 50;
    static final int MAX_STATE = 160;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final AuditLog audit;
    private final UnitScope scope;
    private final AccessPolicy access;
    private final UnitRepository units;
    private final PersonRepository people;

    AuditLogCommand(AuditLog audit, UnitScope scope, AccessPolicy access, UnitRepository units, PersonRepository people) {
        this.audit = audit;
        this.scope = scope;
        this.access = access;
        this.units = units;
        this.people = people;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("nhatky", List.of("auditlog"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}", "{unit} 5");
    }

    private static final String COMMAND = "command.";
    private static final String ALERTS = "alerts.";

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 3);
        int count = DEFAULT_COUNT;
        if (!words.isEmpty() && words.get(words.size() - 1).matches("\\d{1,3}")) {
            count = Math.max(1, Math.min(MAX_COUNT, Integer.parseInt(words.get(words.size() - 1))));
            words = words.subList(0, words.size() - 1);
        }
        if (words.size() > 1) {
            context.replyKey("audit.usage");
            return;
        }
        Unit top = scope.namedOrTop(context.caller(), words.isEmpty() ? null : words.get(0), Role.ADMIN, "audit.list");
        boolean whole = top.parentId() == null && access.isTopAdmin(context.caller());
        List<AuditEntry> entries = audit.recentInSubtree(top.path(), whole, count);
        if (entries.isEmpty()) {
            context.replyKey("audit.none", top.name());
            return;
        }
        StringBuilder text = new StringBuilder(context.text("audit.header", top.name(), entries.size()));
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (AuditEntry entry : entries) {
            String who = entry.actorId() == null ? context.text("audit.system")
                    : names.computeIfAbsent(entry.actorId(), id -> people.findById(id).map(Person::displayName).orElse("#" + id) + " (#" + id + ")");
            String where = entry.unitId() == null ? "" : codes.computeIfAbsent(entry.unitId(), id -> units.findById(id).map(Unit::code).orElse("?"));
            String when = entry.at().atZone(VietnamTime.ZONE).format(WHEN);
            text.append("\n\n").append(context.text(entry.outcome() == AuditEntry.Outcome.DONE ? "audit.done" : "audit.refused",
                    when, who, action(context, entry.action()), where));
            var changes = StateDiff.of(entry.before(), entry.after());
            if (changes.isPresent()) {
                changes.get().forEach(change -> text.append('\n').append(context.text("audit.change",
                        shorten(AuditWords.change(context, change)))));
            } else {
                if (entry.before() != null) {
                    text.append('\n').append(context.text("audit.before", shorten(entry.before())));
                }
                if (entry.after() != null) {
                    text.append('\n').append(context.text("audit.after", shorten(entry.after())));
                }
            }
            if (entry.detail() != null) {
                text.append('\n').append(context.text("audit.detail", shorten(AuditWords.detail(context, entry.detail()))));
            }
        }
        context.reply(text.toString());
    }

    /**
     * The action in the reader's words: {@code audit.action.<action>} from the bundles; a refused
     * command as its name ({@code /themnv}); a switched alert kind by the words of {@code /canhbao}.
     */
    static String action(CommandContext context, String action) {
        if (action.startsWith(COMMAND)) {
            return context.text("audit.action.command", "/" + action.substring(COMMAND.length()));
        }
        if (action.startsWith(ALERTS) && !action.equals("alerts.switch")) {
            String kind = action.substring(ALERTS.length());
            return context.text("audit.action.alerts", context.messages().getOrDefault(context.locale(), "alerts.kind." + kind, kind));
        }
        return context.messages().getOrDefault(context.locale(), "audit.action." + action, action);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_STATE ? text : text.substring(0, MAX_STATE - 1) + "…";
    }
}
