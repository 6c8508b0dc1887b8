package vn.doan.nhacviec.scheduler.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.alert.UndeliveredRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ReaderLanguage;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.reminder.Recipients;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.scheduler.reminder.Supervisor;

/**
 * Tells a unit's superiors about some of its units: the chats of the nearest ancestor that has one
 * and the private chats of the staff and admins over it who want this kind; one message per chat,
 * naming all the units it concerns, held until the sending window opens in the supervisor's time
 * zone. Chats that paused reminders get notices too: a notice asks for a decision, it is not a
 * reminder. A notice about a unit nobody hears is recorded as undelivered, never dropped silently.
 */
@Service
public class SupervisorAlerts {

    private final Recipients recipients;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final UndeliveredRepository undelivered;

    public SupervisorAlerts(Recipients recipients, Outbox outbox, ReminderSettings settings, UndeliveredRepository undelivered) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
        this.undelivered = undelivered;
    }

    /**
     * @param kind        what it is about; people who switched it off do not get it in private
     * @param exceptPerson a person not to tell in private (who asked, hearing of their own request), or null
     * @param render      the message for a chat, from its language tag ({@link ReaderLanguage}) and the units it concerns
     * @param dedupPrefix identifies the notice; the same notice is stored once per chat
     * @return how many messages were stored
     */
    public int notify(Collection<Unit> about, AlertKind kind, Long exceptPerson,
                      BiFunction<String, List<Unit>, OutgoingMessage> render, String dedupPrefix, Instant now) {
        Map<Long, Supervisor> supervisors = recipients.supervisors(about, true, kind);
        Map<Long, Chat> chats = new LinkedHashMap<>();
        Map<Long, Unit> supervisorOfChat = new LinkedHashMap<>();
        Map<Long, List<Unit>> unitsOfChat = new LinkedHashMap<>();
        for (Unit unit : about) {
            Supervisor supervisor = supervisors.get(unit.id());
            List<Chat> receiving = supervisor == null ? List.of() : supervisor.chatsExcept(exceptPerson);
            if (receiving.isEmpty()) {
                undelivered.record(unit.id(), kind, render.apply("vi", List.of(unit)).text(), dedupPrefix + ":" + unit.id(), now);
                continue;
            }
            for (Chat chat : receiving) {
                chats.putIfAbsent(chat.id(), chat);
                supervisorOfChat.putIfAbsent(chat.id(), supervisor.unit());
                List<Unit> units = unitsOfChat.computeIfAbsent(chat.id(), k -> new ArrayList<>());
                if (!units.contains(unit)) {
                    units.add(unit);
                }
            }
        }
        if (chats.isEmpty()) {
            return 0;
        }
        Map<Long, String> languages = recipients.languages(chats.keySet());
        List<NewOutboxMessage> messages = new ArrayList<>();
        chats.forEach((chatId, chat) -> {
            OutgoingMessage message = render.apply(ReaderLanguage.tag(languages.getOrDefault(chatId, chat.language()), chat), unitsOfChat.get(chatId));
            Instant notBefore = settings.calendar().nextOpening(now, supervisorOfChat.get(chatId).zone());
            messages.add(new NewOutboxMessage(chatId, MessageKind.NOTICE, message, dedupPrefix + ":" + chatId,
                    MessageKind.NOTICE.defaultPriority(), notBefore));
        });
        outbox.enqueueAll(messages);
        return messages.size();
    }
}
