package vn.doan.nhacviec.scheduler.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.ChatBlockedEvent;

/**
 * When a chat blocks the bot (or the bot is removed from a group), the parent units of the units it
 * was bound to are told, one short message per parent chat, so someone else takes over the reminders.
 */
@Component
public class BlockedChatNotifier {

    private static final Logger log = LoggerFactory.getLogger(BlockedChatNotifier.class);

    private final SupervisorNotices notices;
    private final NoticeTexts texts;
    private final ChatRepository chats;
    private final UnitRepository units;
    private final PersonRepository people;
    private final Clock clock;

    public BlockedChatNotifier(SupervisorNotices notices, NoticeTexts texts, ChatRepository chats, UnitRepository units,
                               PersonRepository people, Clock clock) {
        this.notices = notices;
        this.texts = texts;
        this.chats = chats;
        this.units = units;
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    public void on(ChatBlockedEvent blocked) {
        try {
            notifyParents(blocked.chatId());
        } catch (RuntimeException e) {
            // called from a sender thread of the outbox: a failure here must not stop the sending
            log.warn("Could not tell the parent units that chat {} blocked the bot: {}", blocked.chatId(), e.getMessage(), e);
        }
    }

    void notifyParents(long chatId) {
        Chat chat = chats.findById(chatId).orElse(null);
        if (chat == null) {
            return;
        }
        List<Unit> bound = units.findByIds(chats.unitsBoundTo(chatId));
        if (bound.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String name = nameOf(chat);
        notices.notify(bound, (language, about) -> texts.chatBlocked(language, new BlockedChat(name, about)),
                "blocked:" + chatId + ":" + LocalDate.ofInstant(now, bound.get(0).zone()), now);
    }

    private String nameOf(Chat chat) {
        if (chat.title() != null && !chat.title().isBlank()) {
            return chat.title();
        }
        return people.findByIdentity(chat.channel(), chat.chatRef()).map(Person::displayName).orElse(chat.chatRef());
    }
}
