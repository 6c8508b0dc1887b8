package vn.doan.nhacviec.bot.alerts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.alert.Undelivered;
import vn.doan.nhacviec.data.alert.UndeliveredRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The supervisor notices nobody could receive in the caller's part of the tree ({@code /chuatoi},
 * or {@code /chuatoi <unit code>}): how many, and the latest ones.
 */
@Component
class UndeliveredCommand implements BotCommand {

    static final int LISTED = 15;

    private final UndeliveredRepository undelivered;
    private final UnitScope scope;
    private final UnitRepository units;

    UndeliveredCommand(UndeliveredRepository undelivered, UnitScope scope, UnitRepository units) {
        this.undelivered = undelivered;
        this.scope = scope;
        this.units = units;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("chuatoi", "undelivered", Access.STAFF);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        List<Unit> roots = context.hasArgs() ? List.of(scope.namedOrTop(context.caller(), context.args(), Role.STAFF, "undelivered.list"))
                : scope.roots(context.caller(), Role.STAFF);
        long total = 0;
        Map<Long, Undelivered> rows = new LinkedHashMap<>();
        for (Unit root : roots) {
            total += undelivered.countInSubtree(root.path());
            undelivered.recentInSubtree(root.path(), LISTED).forEach(row -> rows.putIfAbsent(row.id(), row));
        }
        if (total == 0) {
            context.replyKey("undelivered.none");
            return;
        }
        List<Undelivered> newest = rows.values().stream()
                .sorted(Comparator.comparing(Undelivered::createdAt).reversed().thenComparing(Undelivered::id, Comparator.reverseOrder()))
                .limit(LISTED).toList();
        Map<Long, Unit> unitsById = units.findByIds(newest.stream().map(Undelivered::unitId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        String where = roots.stream().map(Unit::name).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(context.text("undelivered.header", total, where));
        newest.forEach(row -> text.append('\n').append(UndeliveredLines.line(context.messages(), context.locale(), row,
                unitsById.get(row.unitId()))));
        text.append("\n\n").append(context.text("undelivered.hint"));
        context.reply(text.toString());
    }
}
