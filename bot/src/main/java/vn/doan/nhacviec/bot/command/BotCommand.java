package vn.doan.nhacviec.bot.command;

/** A command handler: declares itself and acts. Checks of access and place are done before {@link #handle}. */
public interface BotCommand {

    CommandSpec spec();

    void handle(CommandContext context);
}
