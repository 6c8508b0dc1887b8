package vn.doan.nhacviec.bot.reminder;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.reminder.ChatNames;

/**
 * Stops reminders in this chat ({@code /tatnhac}). A secretary on leave should hand over, not
 * silence the unit: the answer says, for each unit of the chat, who else still receives its
 * reminders, or that nobody does and how someone can take over. Only someone who answers for every
 * unit of the chat may silence it (refused and audited otherwise, before anything is listed).
 */
@Component
class MuteCommand implements BotCommand {

    private final ChatRepository chats;
    private final UnitScope scope;
    private final ChatNames names;

    MuteCommand(ChatRepository chats, UnitScope scope, ChatNames names) {
        this.chats = chats;
        this.scope = scope;
        this.names = names;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tatnhac", "mute", Access.SECRETARY);
    }

    @Override
    public void handle(CommandContext context) {
        Chat chat = context.caller().chat();
        List<Unit> bound = scope.requireOverChat(context.caller(), Role.SECRETARY, "chat.mute");
        if (bound.isEmpty()) {
            context.replyKey("mute.notBound");
            return;
        }
        chats.setRemindersPaused(chat.id(), true);
        StringBuilder text = new StringBuilder(context.text(chat.remindersPaused() ? "mute.already" : "mute.done"));
        for (Unit unit : bound) {
            List<String> others = chats.boundTo(unit.id()).stream()
                    .filter(other -> other.id() != chat.id() && !other.remindersPaused())
                    .map(names::nameOf)
                    .toList();
            text.append('\n').append(others.isEmpty()
                    ? context.text("mute.nobodyElse", unit.name())
                    : context.text("mute.othersReceive", unit.name(), String.join(", ", others)));
        }
        context.reply(text.toString());
    }
}
