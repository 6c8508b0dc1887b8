package vn.doan.nhacviec.bot.admin.unit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /thedv <code> [+tag -tag | tag tag …]}: the tags obligations select units by. */
@Component
class TagUnitCommand implements BotCommand {

    private final UnitAdministration administration;

    TagUnitCommand(UnitAdministration administration) {
        this.administration = administration;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("thedv", List.of("tagunit"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} +bien_gioi", "{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), UnitAdministration.MAX_TAGS + 2);
        if (words.isEmpty()) {
            context.replyKey("unit.tagUsage");
            return;
        }
        Unit unit = administration.tag(context.caller(), words.get(0), words.subList(1, words.size()));
        String tags = unit.tags().isEmpty() ? context.text("unit.noTags") : "#" + String.join(" #", unit.tags());
        context.replyKey("unit.tagged", unit.name(), tags);
    }
}
