package vn.doan.nhacviec.bot.admin.obligation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /tieptucnv <code>}: a paused obligation is planned again from now on (missed periods are not made up). */
@Component
class ResumeObligationCommand implements BotCommand {

    private final ObligationScope scope;
    private final ObligationChanges changes;

    ResumeObligationCommand(ObligationScope scope, ObligationChanges changes) {
        this.scope = scope;
        this.changes = changes;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("tieptucnv", List.of("resumeobligation"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{obligation}");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey("obligation.resumeUsage");
            return;
        }
        ObligationScope.Owned owned = scope.changeable(context.caller(), context.args());
        changes.setPaused(context.caller(), owned, false);
        context.replyKey("obligation.resumed", owned.obligation().code(), owned.obligation().title());
    }
}
