package vn.doan.nhacviec.bot.welcome;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.onboarding.OnboardingService;
import vn.doan.nhacviec.data.unit.Unit;

/** First contact: says what the bot does and what to do next. */
@Component
class StartCommand implements BotCommand {

    private final AccessPolicy access;
    private final OnboardingService onboarding;

    StartCommand(AccessPolicy access, OnboardingService onboarding) {
        this.access = access;
        this.onboarding = onboarding;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("start", "batdau", Access.ANYONE);
    }

    @Override
    public void handle(CommandContext context) {
        if (context.hasArgs()) {
            // a deep link t.me/<bot>?start=<code> arrives as "/start <code>"
            onboarding.redeem(context.caller(), context.args(), context.inbound().channel() + ":" + context.inbound().userRef());
            return;
        }
        List<Unit> units = access.ownUnits(context.caller());
        if (units.isEmpty()) {
            context.replyKey("start.unbound", context.caller().person().displayName());
            return;
        }
        String names = units.stream().map(Unit::name).collect(Collectors.joining(", "));
        context.replyKey("start.bound", context.caller().person().displayName(), names);
    }
}
