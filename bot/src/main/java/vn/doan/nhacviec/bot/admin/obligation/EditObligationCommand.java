package vn.doan.nhacviec.bot.admin.obligation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /suanv <code>}: edits an obligation through the guided dialogue; saving makes a new version. */
@Component
class EditObligationCommand implements BotCommand {

    private final ObligationScope scope;
    private final ObligationDialog dialogue;

    EditObligationCommand(ObligationScope scope, ObligationDialog dialogue) {
        this.scope = scope;
        this.dialogue = dialogue;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("suanv", List.of("editobligation"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{obligation}");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey("obligation.editUsage");
            return;
        }
        ObligationScope.Owned owned = scope.changeable(context.caller(), context.args());
        dialogue.start(context.caller(), ObligationDraft.editing(owned.obligation().definition()),
                context.text("obligation.editIntro", owned.obligation().code(), owned.obligation().title(), owned.obligation().version()));
    }
}
