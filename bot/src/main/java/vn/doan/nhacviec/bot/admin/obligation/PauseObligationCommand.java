package vn.doan.nhacviec.bot.admin.obligation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /tamdungnv <code>}: no new occurrences are planned; those already open stay open. */
@Component
class PauseObligationCommand implements BotCommand {

    private final ObligationScope scope;
    private final ObligationChanges changes;

    PauseObligationCommand(ObligationScope scope, ObligationChanges changes) {
        this.scope = scope;
        this.changes = changes;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("tamdungnv", List.of("pauseobligation"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{obligation}");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey("obligation.pauseUsage");
            return;
        }
        ObligationScope.Owned owned = scope.changeable(context.caller(), context.args());
        changes.setPaused(context.caller(), owned, true);
        context.replyKey("obligation.paused", owned.obligation().code(), owned.obligation().title());
    }
}
