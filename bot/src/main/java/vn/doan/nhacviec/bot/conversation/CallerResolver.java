package vn.doan.nhacviec.bot.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;

/** Finds (or, on first contact, records) the chat and the person behind a message, with their roles. */
@Component
public class CallerResolver {

    private final ChatRepository chats;
    private final PersonRepository people;

    public CallerResolver(ChatRepository chats, PersonRepository people) {
        this.chats = chats;
        this.people = people;
    }

    public Caller resolve(Inbound in) {
        Chat chat = chats.findOrCreate(in.channel(), in.chatRef(), in.chatKind(), shorten(in.chatTitle()), "vi");
        Person person = people.findOrCreate(in.channel(), in.userRef(), displayName(in), "vi");
        return of(person, chat);
    }

    /** The caller of a message when both the chat and the person are already recorded; writes nothing. */
    public Optional<Caller> existing(Inbound in) {
        return chats.find(in.channel(), in.chatRef())
                .flatMap(chat -> people.findByIdentity(in.channel(), in.userRef()).map(person -> of(person, chat)));
    }

    public Caller of(Person person, Chat chat) {
        String language = chat.kind() == Chat.ChatKind.GROUP ? chat.language() : person.language();
        return new Caller(person, chat, people.activeRoles(person.id()), chats.unitsBoundTo(chat.id()), Messages.locale(language, chat));
    }

    private static String displayName(Inbound in) {
        return shorten(in.userName() == null || in.userName().isBlank() ? in.userRef() : in.userName().strip());
    }

    /** Names and titles fit their columns (200 characters). */
    private static String shorten(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
