package vn.doan.nhacviec.bot.admin.obligation;

import java.util.List;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/**
 * Pauses or resumes an obligation: paused, no new occurrences are planned and those already open
 * stay open; resumed, it is planned again from now on (missed periods are not made up).
 */
class SetPausedCommand implements BotCommand {

    private final CommandSpec spec;
    private final boolean paused;
    private final ObligationScope scope;
    private final ObligationChanges changes;

    SetPausedCommand(String name, String alias, boolean paused, ObligationScope scope, ObligationChanges changes) {
        this.spec = new CommandSpec(name, List.of(alias), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
        this.paused = paused;
        this.scope = scope;
        this.changes = changes;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{obligation}");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey(paused ? "obligation.pauseUsage" : "obligation.resumeUsage");
            return;
        }
        ObligationScope.Owned owned = scope.changeable(context.caller(), context.args());
        changes.setPaused(context.caller(), owned, paused);
        context.replyKey(paused ? "obligation.paused" : "obligation.resumed", owned.obligation().code(), owned.obligation().title());
    }
}
