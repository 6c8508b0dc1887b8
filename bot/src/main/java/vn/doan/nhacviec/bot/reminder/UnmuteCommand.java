package vn.doan.nhacviec.bot.reminder;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Role;

/** Resumes reminders in this chat ({@code /batnhac}); the next due stage of each item comes as usual. Like muting, only for someone who answers for the chat's units. */
@Component
class UnmuteCommand implements BotCommand {

    private final ChatRepository chats;
    private final UnitScope scope;

    UnmuteCommand(ChatRepository chats, UnitScope scope) {
        this.chats = chats;
        this.scope = scope;
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
        scope.requireOverChat(context.caller(), Role.SECRETARY, "chat.unmute");
        chats.setRemindersPaused(context.caller().chat().id(), false);
        context.replyKey(context.caller().chat().remindersPaused() ? "unmute.done" : "unmute.already");
    }
}
