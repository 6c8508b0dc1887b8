package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/**
 * {@code /giaithedv <code> [merge into]}: retires a unit (it keeps its history and past items but
 * gets no new ones). Alone, only a unit with no active units under it; merged, its units move under
 * the unit it is merged into.
 */
@Component
class RetireUnitCommand implements BotCommand {

    private final UnitAdministration administration;

    RetireUnitCommand(UnitAdministration administration) {
        this.administration = administration;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("giaithedv", List.of("retireunit"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}", "{unit} {place}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 3);
        if (words.isEmpty() || words.size() > 2) {
            context.replyKey("unit.retireUsage");
            return;
        }
        UnitAdministration.Retired retired = administration.retire(context.caller(), words.get(0), words.size() == 2 ? words.get(1) : null);
        if (retired.mergedInto() == null) {
            context.replyKey("unit.retiredDone", retired.unit().name());
        } else {
            context.replyKey("unit.merged", retired.unit().name(), retired.mergedInto().name(), retired.childrenMoved());
        }
    }
}
