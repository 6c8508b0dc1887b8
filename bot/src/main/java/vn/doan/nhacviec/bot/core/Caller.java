package vn.doan.nhacviec.bot.core;

import java.util.List;
import java.util.Locale;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;

/** Who is asking, in which chat, with which roles (resolved once per message). */
public record Caller(Person person, Chat chat, List<RoleAssignment> roles, List<Long> chatUnitIds, Locale locale) {

    public boolean hasRole(Role atLeast) {
        return roles.stream().anyMatch(r -> r.role().atLeast(atLeast));
    }

    /**
     * Bound to some unit. In a group the group itself must be bound: a group no unit owns sees only
     * /start and /help, whoever writes there (their own units are not the group's business). In a
     * private chat: by a role, or by a chat bound to a unit.
     */
    public boolean isBound() {
        if (chat.kind() == Chat.ChatKind.GROUP) {
            return !chatUnitIds.isEmpty();
        }
        return !roles.isEmpty() || !chatUnitIds.isEmpty();
    }
}
