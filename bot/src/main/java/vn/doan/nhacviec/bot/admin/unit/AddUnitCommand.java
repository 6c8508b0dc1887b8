package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /themdv <code> <level> <parent> <name…>}: a new unit under a parent the caller administers. */
@Component
class AddUnitCommand implements BotCommand {

    private final UnitAdministration administration;

    AddUnitCommand(UnitAdministration administration) {
        this.administration = administration;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("themdv", List.of("addunit"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{new} chi_doan {unit} Chi đoàn mới");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 4);
        if (words.size() < 4) {
            context.replyKey("unit.addUsage");
            return;
        }
        Unit unit = administration.add(context.caller(), words.get(0), words.get(1), words.get(2), words.get(3));
        context.replyKey("unit.added", unit.name(), unit.code(), context.text("level." + unit.level().code()), words.get(2));
    }
}
