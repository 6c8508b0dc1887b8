package vn.doan.nhacviec.bot.onboarding;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /huymoi <#number>}: cancels an open invite the caller made, or one to a unit they administer; its code stops working at once. */
@Component
class CancelInviteCommand implements BotCommand {

    private final OpenInvites open;

    CancelInviteCommand(OpenInvites open) {
        this.open = open;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("huymoi", List.of("cancelinvite"), Access.STAFF, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "#999999999");
    }

    @Override
    public void handle(CommandContext context) {
        String number = context.args().strip();
        if (!number.matches("#?\\d{1,12}")) {
            context.replyKey("invite.cancelUsage");
            return;
        }
        open.cancel(context, Long.parseLong(number.replace("#", "")));
    }
}
