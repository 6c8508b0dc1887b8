package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /chuyendv <code> <new parent>}: moves a unit with everything under it. */
@Component
class MoveUnitCommand implements BotCommand {

    private final UnitAdministration administration;

    MoveUnitCommand(UnitAdministration administration) {
        this.administration = administration;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("chuyendv", List.of("moveunit"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} {place}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 3);
        if (words.size() != 2) {
            context.replyKey("unit.moveUsage");
            return;
        }
        Unit unit = administration.move(context.caller(), words.get(0), words.get(1));
        context.replyKey("unit.moved", unit.name(), words.get(1).toLowerCase(Locale.ROOT));
    }
}
