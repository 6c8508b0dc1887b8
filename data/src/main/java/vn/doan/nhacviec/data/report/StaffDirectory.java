package vn.doan.nhacviec.data.report;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;

/** The staff (admins count as staff) and the private chats where the bot reaches a person. */
@Repository
public class StaffDirectory {

    private final JdbcClient jdbc;

    public StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active ADMIN and STAFF assignments at units that are not retired, by person. */
    public List<RoleAssignment> staffAssignments() {
        return jdbc.sql("SELECT r.id, r.person_id, r.unit_id, r.role, r.granted_at, r.granted_by FROM role_assignment r "
                        + "JOIN unit u ON u.id = r.unit_id WHERE r.revoked_at IS NULL AND r.role IN ('ADMIN', 'STAFF') "
                        + "AND u.retired_at IS NULL ORDER BY r.person_id, r.id")
                .query((rs, i) -> new RoleAssignment(rs.getLong(1), rs.getLong(2), rs.getLong(3), Role.valueOf(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5)), rs.getObject(6) == null ? null : rs.getLong(6)))
                .list();
    }

    /** The person's active private chats with the bot: on every channel the chat id of a private chat is the user's id. */
    public List<Chat> privateChats(long personId) {
        return jdbc.sql("SELECT c.id, c.channel, c.chat_ref, c.kind, c.title, c.language, c.active, c.reminders_paused FROM chat c "
                        + "JOIN chat_identity ci ON ci.channel = c.channel AND ci.user_ref = c.chat_ref "
                        + "WHERE ci.person_id = ? AND c.kind = 'PRIVATE' AND c.active = 1 ORDER BY c.id")
                .param(personId)
                .query((rs, i) -> new Chat(rs.getLong(1), rs.getString(2), rs.getString(3), Chat.ChatKind.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getInt(7) == 1, rs.getInt(8) == 1))
                .list();
    }
}
