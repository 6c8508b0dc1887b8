package vn.doan.nhacviec.scheduler.alert;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.ChatBlockedEvent;
import vn.doan.nhacviec.scheduler.reminder.ChatNames;

/**
 * When a chat blocks the bot (or the bot is removed from a group), the parent units of the units it
 * was bound to are told, one short message per parent chat, so someone else takes over the reminders.
 */
@Component
public class BlockedChatNotifier {

    private static final Logger log = LoggerFactory.getLogger(BlockedChatNotifier.class);

    private final AlertTexts texts;
    private final ChatSuperiors superiors;

    public BlockedChatNotifier(SupervisorAlerts notices, AlertTexts texts, ChatRepository chats, UnitRepository units,
                               ChatNames names, Clock clock) {
        this.texts = texts;
        this.superiors = new ChatSuperiors(notices, chats, units, names, clock);
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
        superiors.tell(chatId, "blocked", (language, name, about) -> texts.chatBlocked(language, new BlockedChat(name, about)));
    }
}
