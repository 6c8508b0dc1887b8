package vn.doan.nhacviec.bot.dialog;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/**
 * {@code /huy}: while a dialogue waits, the conversation cancels it before commands are read
 * ({@link DialogRouter#cancelIfAsked}); this command answers when nothing was waiting.
 */
@Component
class CancelCommand implements BotCommand {

    @Override
    public CommandSpec spec() {
        // every question says "/huy to stop", so the menu needs no line for it
        return new CommandSpec("huy", List.of("cancel"), Access.ANYONE, CommandSpec.Where.ANY, false);
    }

    @Override
    public void handle(CommandContext context) {
        context.replyKey("dialog.nothingToCancel");
    }
}
