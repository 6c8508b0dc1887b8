package vn.doan.nhacviec.bot.admin.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /themnv [unit]}: adds an obligation for a unit's subtree (by default the caller's) through the guided dialogue. */
@Component
class AddObligationCommand implements BotCommand {

    private final UnitScope scope;
    private final ObligationDialog dialogue;
    private final Clock clock;

    AddObligationCommand(UnitScope scope, ObligationDialog dialogue, Clock clock) {
        this.scope = scope;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("themnv", List.of("addobligation"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit issuer = scope.namedOrTop(context.caller(), context.args(), Role.ADMIN, "obligation.add");
        dialogue.start(context.caller(), ObligationDraft.adding(issuer.id(), LocalDate.now(clock.withZone(issuer.zone())).toString()),
                context.text("obligation.addIntro", issuer.name()));
    }
}
