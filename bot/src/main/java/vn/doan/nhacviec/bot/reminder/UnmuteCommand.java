package vn.doan.nhacviec.bot.reminder;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.chat.ChatRepository;

/** Resumes reminders in this chat ({@code /batnhac}); the next due stage of each item comes as usual. */
@Component
class UnmuteCommand implements BotCommand {

    private final ChatRepository chats;

    UnmuteCommand(ChatRepository chats) {
        this.chats = chats;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("batnhac", "unmute", Access.SECRETARY);
    }

    @Override
    public void handle(CommandContext context) {
        if (context.caller().chatUnitIds().isEmpty()) {
            context.replyKey("mute.notBound");
            return;
        }
        chats.setRemindersPaused(context.caller().chat().id(), false);
        context.replyKey(context.caller().chat().remindersPaused() ? "unmute.done" : "unmute.already");
    }
}
