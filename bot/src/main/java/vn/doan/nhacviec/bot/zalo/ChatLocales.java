package vn.doan.nhacviec.bot.zalo;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;

/**
 * The language of what the sender adds to a message (the choice prompt, file notes): the group's
 * language, or in a private chat the person's, as the conversation chooses. A private Zalo chat has
 * the id of the user in it.
 */
@Component
@ConditionalOnZalo
class ChatLocales {

    private final PersonRepository people;

    ChatLocales(PersonRepository people) {
        this.people = people;
    }

    Locale of(Chat chat) {
        if (chat.kind() == Chat.ChatKind.GROUP) {
            return Messages.locale(chat.language(), chat);
        }
        return Messages.locale(people.findByIdentity(chat.channel(), chat.chatRef()).map(Person::language).orElse(chat.language()), chat);
    }
}
