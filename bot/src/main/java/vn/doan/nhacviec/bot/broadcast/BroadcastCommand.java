package vn.doan.nhacviec.bot.broadcast;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;

/** {@code /thongbao [text]}: starts the guided broadcast of a notice. */
@Component
class BroadcastCommand implements BotCommand {

    private final BroadcastDialog dialog;

    BroadcastCommand(BroadcastDialog dialog) {
        this.dialog = dialog;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("thongbao", List.of("broadcast"), Access.STAFF, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public void handle(CommandContext context) {
        dialog.start(context.caller(), context.args());
    }
}
