package vn.doan.nhacviec.data.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.db.InChunks;

/**
 * The people who hear about units in their private chats: those holding a staff or admin role at
 * some units (and so over their subtrees), with the active private chats where the bot reaches
 * them, unless they switched the kind off.
 */
@Repository
public class SupervisorDirectory {

    private final JdbcClient jdbc;

    public SupervisorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The private chats of staff and admins at these units who want {@code kind}, ordered by unit, person, chat. */
    public List<StaffChat> staffChatsAt(Collection<Long> unitIds, AlertKind kind) {
        List<StaffChat> result = new ArrayList<>();
        for (List<Long> chunk : InChunks.of(unitIds)) {
            String in = InChunks.marks(chunk);
            List<Object> params = new ArrayList<>(chunk);
            params.add(kind.name());
            jdbc.sql("SELECT DISTINCT r.unit_id, r.person_id, c.id, c.channel, c.chat_ref, c.kind, c.title, c.language, c.active, "
                            + "c.reminders_paused FROM role_assignment r "
                            + "JOIN unit u ON u.id = r.unit_id AND u.retired_at IS NULL "
                            + "JOIN chat_identity ci ON ci.person_id = r.person_id "
                            + "JOIN chat c ON c.channel = ci.channel AND c.chat_ref = ci.user_ref AND c.kind = 'PRIVATE' AND c.active = 1 "
                            + "WHERE r.unit_id IN (" + in + ") AND r.revoked_at IS NULL AND r.role IN ('ADMIN', 'STAFF') "
                            + "AND NOT EXISTS (SELECT 1 FROM alert_opt_out o WHERE o.person_id = r.person_id AND o.kind = ?) "
                            + "ORDER BY r.unit_id, r.person_id, c.id")
                    .params(params)
                    .query((rs, i) -> new StaffChat(rs.getLong(1), rs.getLong(2), new Chat(rs.getLong(3), rs.getString(4),
                            rs.getString(5), Chat.ChatKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                            rs.getInt(9) == 1, rs.getInt(10) == 1)))
                    .list()
                    .forEach(result::add);
        }
        return result;
    }

    /** The active private chats of the admins at root units (over the whole tree), whatever they switched off. */
    public List<StaffChat> topAdminChats() {
        return jdbc.sql("SELECT DISTINCT r.unit_id, r.person_id, c.id, c.channel, c.chat_ref, c.kind, c.title, c.language, c.active, "
                        + "c.reminders_paused FROM role_assignment r "
                        + "JOIN unit u ON u.id = r.unit_id AND u.parent_id IS NULL AND u.retired_at IS NULL "
                        + "JOIN chat_identity ci ON ci.person_id = r.person_id "
                        + "JOIN chat c ON c.channel = ci.channel AND c.chat_ref = ci.user_ref AND c.kind = 'PRIVATE' AND c.active = 1 "
                        + "WHERE r.revoked_at IS NULL AND r.role = 'ADMIN' ORDER BY r.person_id, c.id")
                .query((rs, i) -> new StaffChat(rs.getLong(1), rs.getLong(2), new Chat(rs.getLong(3), rs.getString(4),
                        rs.getString(5), Chat.ChatKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getInt(9) == 1, rs.getInt(10) == 1)))
                .list();
    }
}
