package vn.doan.nhacviec.scheduler.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doan.nhacviec.data.alert.StaffChat;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * Who hears about a unit: the chats bound to the nearest ancestor that has one, and the private
 * chats of the people holding a staff or admin role over the unit.
 *
 * @param unit   the ancestor whose chats hear it, or where there is none the nearest unit (itself
 *               or an ancestor) where a supervising person holds the role: its time zone is kept
 * @param groups the chats bound to that ancestor
 * @param people the supervising people's private chats
 */
public record Supervisor(Unit unit, List<Chat> groups, List<StaffChat> people) {

    public Supervisor {
        groups = List.copyOf(groups);
        people = List.copyOf(people);
    }

    /** Every chat that hears it, each once. */
    public List<Chat> chats() {
        return chatsExcept(null);
    }

    /** Every chat that hears it, each once, leaving out the private chats of {@code personId} (may be null). */
    public List<Chat> chatsExcept(Long personId) {
        Map<Long, Chat> chats = new LinkedHashMap<>();
        groups.forEach(chat -> chats.putIfAbsent(chat.id(), chat));
        for (StaffChat staff : people) {
            if (personId == null || staff.personId() != personId) {
                chats.putIfAbsent(staff.chat().id(), staff.chat());
            }
        }
        return new ArrayList<>(chats.values());
    }
}
