package vn.doan.nhacviec.bot.welcome;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.PersonRepository;

/** Switches the caller (or, in a group, the group: for those who answer for its units) between Vietnamese and English. */
@Component
class LanguageCommand implements BotCommand {

    private final PersonRepository people;
    private final ChatRepository chats;
    private final Messages messages;
    private final UnitScope scope;

    LanguageCommand(PersonRepository people, ChatRepository chats, Messages messages, UnitScope scope) {
        this.people = people;
        this.chats = chats;
        this.messages = messages;
        this.scope = scope;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("ngonngu", List.of("lang"), Access.ANYONE, CommandSpec.Where.ANY, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "en");
    }

    @Override
    public void handle(CommandContext context) {
        String language = context.args().strip().toLowerCase(java.util.Locale.ROOT);
        if (!language.equals("vi") && !language.equals("en")) {
            context.replyKey("lang.usage");
            return;
        }
        if (context.caller().chat().kind() == Chat.ChatKind.GROUP) {
            // a bound group's language is its units' business; a group no unit owns yet has nobody to ask
            scope.requireOverChat(context.caller(), Role.SECRETARY, "chat.language");
            chats.setLanguage(context.caller().chat().id(), language);
        } else {
            people.setLanguage(context.caller().person().id(), language);
        }
        context.reply(messages.get(Messages.locale(language, context.caller().chat()), "lang.changed"));
    }
}
