package vn.doan.nhacviec.bot.onboarding;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /ma <code>}: joins with an invite code; in a group, binds the group to the unit. */
@Component
class JoinCommand implements BotCommand {

    private final OnboardingService onboarding;

    JoinCommand(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("ma", List.of("join"), Access.ANYONE, CommandSpec.Where.ANY, true);
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey("invite.joinUsage");
            return;
        }
        onboarding.redeem(context.caller(), context.args(), context.inbound().channel() + ":" + context.inbound().userRef());
    }
}
