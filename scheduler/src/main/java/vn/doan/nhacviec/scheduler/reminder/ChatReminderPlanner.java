package vn.doan.nhacviec.scheduler.reminder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ReaderLanguage;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * Turns due items into one chat reminder per chat: a chat bound to several units gets all their items in
 * one reminder, soonest deadline first; a supervising chat gets all its late units in one
 * escalation, unit by unit, in its own sending hours (a late unit abroad may be decided at night
 * in the parent's time zone).
 */
@Component
public class ChatReminderPlanner {

    private static final Comparator<DueItem> REMINDER_ORDER = Comparator
            .comparing((DueItem i) -> i.occurrence().dueAt())
            .thenComparing(i -> i.unit().path())
            .thenComparing(i -> i.obligation().title())
            .thenComparing(i -> i.occurrence().id());
    private static final Comparator<DueItem> ESCALATION_ORDER = Comparator
            .comparing((DueItem i) -> i.unit().path())
            .thenComparing(i -> i.occurrence().dueAt())
            .thenComparing(i -> i.occurrence().id());

    private final Recipients recipients;

    public ChatReminderPlanner(Recipients recipients) {
        this.recipients = recipients;
    }

    public Deliveries plan(List<DueItem> due) {
        List<DueItem> reminders = due.stream().filter(i -> !i.stage().escalates()).sorted(REMINDER_ORDER).toList();
        List<DueItem> escalations = due.stream().filter(i -> i.stage().escalates()).sorted(ESCALATION_ORDER).toList();
        List<DueItem> unreachable = new ArrayList<>();
        Map<Long, Chat> chats = new LinkedHashMap<>();
        Map<Long, ZoneId> reminderZones = new LinkedHashMap<>();
        Map<Long, ZoneId> escalationZones = new LinkedHashMap<>();
        Map<Long, List<DueItem>> remindersByChat = new LinkedHashMap<>();
        Map<Long, List<DueItem>> escalationsByChat = new LinkedHashMap<>();

        Map<Long, List<Chat>> chatsByUnit = recipients.reminderChats(reminders.stream().map(i -> i.unit().id()).collect(Collectors.toSet()));
        for (DueItem item : reminders) {
            List<Chat> receiving = chatsByUnit.getOrDefault(item.unit().id(), List.of());
            addTo(remindersByChat, chats, receiving, item, unreachable);
            receiving.forEach(chat -> reminderZones.putIfAbsent(chat.id(), item.unit().zone()));
        }
        Set<Unit> lateUnits = new HashSet<>();
        escalations.forEach(i -> lateUnits.add(i.unit()));
        Map<Long, Supervisor> supervisors = recipients.supervisors(lateUnits, false, AlertKind.ESCALATION);
        for (DueItem item : escalations) {
            Supervisor supervisor = supervisors.get(item.unit().id());
            List<Chat> receiving = supervisor == null ? List.of() : supervisor.chats();
            addTo(escalationsByChat, chats, receiving, item, unreachable);
            receiving.forEach(chat -> escalationZones.putIfAbsent(chat.id(), supervisor.unit().zone()));
        }

        Map<Long, String> languages = recipients.languages(chats.keySet());
        List<ChatReminder> chatReminders = new ArrayList<>();
        remindersByChat.forEach((chatId, items) ->
                chatReminders.add(new ChatReminder(chats.get(chatId), language(languages, chats.get(chatId)), reminderZones.get(chatId),
                        MessageKind.REMINDER, items)));
        escalationsByChat.forEach((chatId, items) ->
                chatReminders.add(new ChatReminder(chats.get(chatId), language(languages, chats.get(chatId)), escalationZones.get(chatId),
                        MessageKind.ESCALATION, items)));
        return new Deliveries(chatReminders, unreachable);
    }

    private static void addTo(Map<Long, List<DueItem>> byChat, Map<Long, Chat> chats, List<Chat> receiving, DueItem item,
                              List<DueItem> unreachable) {
        if (receiving.isEmpty()) {
            unreachable.add(item);
            return;
        }
        for (Chat chat : receiving) {
            chats.putIfAbsent(chat.id(), chat);
            byChat.computeIfAbsent(chat.id(), k -> new ArrayList<>()).add(item);
        }
    }

    /** The reader's language with the chat it is read in: the wording of what to do depends on the channel. */
    private static String language(Map<Long, String> languages, Chat chat) {
        return ReaderLanguage.tag(languages.getOrDefault(chat.id(), chat.language()), chat);
    }
}
