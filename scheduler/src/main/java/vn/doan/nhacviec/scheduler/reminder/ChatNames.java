package vn.doan.nhacviec.scheduler.reminder;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;

/** How a chat is named to people: a group by its title, a private chat by the person in it. */
@Component
public class ChatNames {

    private final PersonRepository people;

    public ChatNames(PersonRepository people) {
        this.people = people;
    }

    public String nameOf(Chat chat) {
        if (chat.title() != null && !chat.title().isBlank() && chat.kind() == Chat.ChatKind.GROUP) {
            return chat.title();
        }
        return people.findByIdentity(chat.channel(), chat.chatRef()).map(Person::displayName)
                .orElse(chat.title() != null && !chat.title().isBlank() ? chat.title() : chat.chatRef());
    }
}
