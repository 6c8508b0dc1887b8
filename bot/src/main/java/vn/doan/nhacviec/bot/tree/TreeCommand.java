package vn.doan.nhacviec.bot.tree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Shows a unit and the two levels below it, with how many units each branch of the tree holds. */
@Component
class TreeCommand implements BotCommand {

    static final int DEPTH = 2;
    static final int MAX_LINES = 60;

    private final UnitRepository units;
    private final UnitScope resolver;

    TreeCommand(UnitRepository units, UnitScope resolver) {
        this.units = units;
        this.resolver = resolver;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("cay", "tree", Access.BOUND);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit top = resolver.resolve(context.caller(), context.args(), Role.MEMBER, "tree.show");
        List<Unit> subtree = units.subtree(top).stream().filter(u -> !u.retired()).toList();
        Map<Long, Integer> descendants = new HashMap<>();
        for (Unit unit : subtree) {
            for (String id : unit.path().split("/")) {
                if (!id.isEmpty() && Long.parseLong(id) != unit.id()) {
                    descendants.merge(Long.parseLong(id), 1, Integer::sum);
                }
            }
        }
        StringBuilder text = new StringBuilder(context.text("tree.header", top.name()));
        int lines = 0;
        int hidden = 0;
        for (Unit unit : subtree) {
            int depth = unit.depth() - top.depth();
            if (depth > DEPTH) {
                continue;
            }
            if (lines >= MAX_LINES) {
                hidden++;
                continue;
            }
            text.append('\n').append("  ".repeat(depth)).append(depth == 0 ? "" : "└ ")
                    .append(unit.name()).append(" [").append(unit.code()).append("] · ")
                    .append(context.text("level." + unit.level().code()));
            if (!unit.tags().isEmpty()) {
                text.append(" · #").append(String.join(" #", unit.tags()));
            }
            int below = descendants.getOrDefault(unit.id(), 0);
            if (depth == DEPTH && below > 0) {
                text.append(' ').append(context.text("tree.more", below));
            }
            lines++;
        }
        if (hidden > 0) {
            text.append('\n').append(context.text("tree.hidden", hidden));
        }
        text.append('\n').append(context.text("tree.hint"));
        context.reply(text.toString());
    }
}
