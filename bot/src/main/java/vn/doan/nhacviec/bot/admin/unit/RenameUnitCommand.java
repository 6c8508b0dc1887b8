package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /doitendv <code> <new name…>}: renames a unit; the old name stays in its history. */
@Component
class RenameUnitCommand implements BotCommand {

    private final UnitAdministration administration;

    RenameUnitCommand(UnitAdministration administration) {
        this.administration = administration;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("doitendv", List.of("renameunit"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} Chi đoàn tên mới");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 2);
        if (words.size() < 2) {
            context.replyKey("unit.renameUsage");
            return;
        }
        Unit unit = administration.rename(context.caller(), words.get(0), words.get(1));
        context.replyKey("unit.renamed", unit.code(), unit.name());
    }
}
