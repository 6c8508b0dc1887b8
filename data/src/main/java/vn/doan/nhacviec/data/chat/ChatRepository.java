package vn.doan.nhacviec.data.chat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.db.InChunks;

@Repository
public class ChatRepository {

    private static final String COLUMNS = "id, channel, chat_ref, kind, title, language, active, reminders_paused";
    private static final RowMapper<Chat> MAPPER = (rs, i) -> new Chat(
            rs.getLong("id"),
            rs.getString("channel"),
            rs.getString("chat_ref"),
            Chat.ChatKind.valueOf(rs.getString("kind")),
            rs.getString("title"),
            rs.getString("language"),
            rs.getInt("active") == 1,
            rs.getInt("reminders_paused") == 1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GroupCommit commits;

    public ChatRepository(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, GroupCommit.NONE);
    }

    @Autowired
    public ChatRepository(JdbcClient jdbc, Clock clock, GroupCommit commits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.commits = commits;
    }

    public Optional<Chat> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** The chats with these ids that exist, in no particular order. */
    public List<Chat> findAllById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE id IN (:ids)").param("ids", ids).query(MAPPER).list();
    }

    public Optional<Chat> find(String channel, String chatRef) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE channel = ? AND chat_ref = ?")
                .params(channel, chatRef).query(MAPPER).optional();
    }

    /**
     * The chat with this channel and reference, created on first sight. No transaction: a known chat
     * (nearly every message) is one read and takes no turn of SQLite's single writer; a new one is
     * written together with other threads' writes ({@link GroupCommit}).
     */
    public Chat findOrCreate(String channel, String chatRef, Chat.ChatKind kind, String title, String language) {
        return find(channel, chatRef).orElseGet(() -> commits.write(() -> {
            jdbc.sql("INSERT INTO chat (channel, chat_ref, kind, title, language, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (channel, chat_ref) DO NOTHING")
                    .params(channel, chatRef, kind.name(), title, language, clock.millis()).update();
            return find(channel, chatRef).orElseThrow();
        }));
    }

    public void markInactive(long chatId, String reason) {
        jdbc.sql("UPDATE chat SET active = 0, inactive_reason = ? WHERE id = ?").params(reason, chatId).update();
    }

    public void markActive(long chatId) {
        jdbc.sql("UPDATE chat SET active = 1, inactive_reason = NULL WHERE id = ?").param(chatId).update();
    }

    public void setRemindersPaused(long chatId, boolean paused) {
        jdbc.sql("UPDATE chat SET reminders_paused = ? WHERE id = ?").params(paused ? 1 : 0, chatId).update();
    }

    public void setLanguage(long chatId, String language) {
        jdbc.sql("UPDATE chat SET language = ? WHERE id = ?").params(language, chatId).update();
    }

    /** A group that became a supergroup on Telegram keeps its row, bindings and history. */
    public void changeRef(long chatId, String newChatRef) {
        jdbc.sql("UPDATE chat SET chat_ref = ? WHERE id = ?").params(newChatRef, chatId).update();
    }

    public void bind(long chatId, long unitId) {
        jdbc.sql("INSERT INTO chat_binding (chat_id, unit_id, bound_at) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM chat_binding WHERE chat_id = ? AND unit_id = ?)")
                .params(chatId, unitId, clock.millis(), chatId, unitId).update();
    }

    public void unbind(long chatId, long unitId) {
        jdbc.sql("DELETE FROM chat_binding WHERE chat_id = ? AND unit_id = ?").params(chatId, unitId).update();
    }

    /** Active chats that receive the unit's messages (paused chats included; callers decide). */
    public List<Chat> boundTo(long unitId) {
        return jdbc.sql("SELECT c.id, c.channel, c.chat_ref, c.kind, c.title, c.language, c.active, c.reminders_paused "
                        + "FROM chat c JOIN chat_binding b ON b.chat_id = c.id WHERE b.unit_id = ? AND c.active = 1 ORDER BY c.id")
                .param(unitId).query(MAPPER).list();
    }

    /** For each of these units, the active chats that receive its messages (paused chats included). */
    public Map<Long, List<Chat>> boundToUnits(Collection<Long> unitIds) {
        Map<Long, List<Chat>> result = new HashMap<>();
        for (List<Long> chunk : InChunks.of(unitIds)) {
            String in = InChunks.marks(chunk);
            jdbc.sql("SELECT b.unit_id, c.id, c.channel, c.chat_ref, c.kind, c.title, c.language, c.active, c.reminders_paused "
                            + "FROM chat c JOIN chat_binding b ON b.chat_id = c.id WHERE b.unit_id IN (" + in + ") AND c.active = 1 "
                            + "ORDER BY b.unit_id, c.id")
                    .params(chunk.toArray())
                    .query((rs, i) -> Map.entry(rs.getLong("unit_id"), MAPPER.mapRow(rs, i)))
                    .list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return result;
    }

    /**
     * The language each chat is read in: a group's own, or in a private chat the person's (whose
     * user id on the channel is the chat's id), as the bot answers them.
     */
    public Map<Long, String> readerLanguages(Collection<Long> chatIds) {
        Map<Long, String> result = new HashMap<>();
        for (List<Long> chunk : InChunks.of(chatIds)) {
            String in = InChunks.marks(chunk);
            jdbc.sql("SELECT c.id, CASE WHEN c.kind = 'PRIVATE' AND p.language IS NOT NULL THEN p.language ELSE c.language END "
                            + "FROM chat c LEFT JOIN chat_identity ci ON ci.channel = c.channel AND ci.user_ref = c.chat_ref "
                            + "LEFT JOIN person p ON p.id = ci.person_id WHERE c.id IN (" + in + ")")
                    .params(chunk.toArray())
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> result.put(e.getKey(), e.getValue()));
        }
        return result;
    }

    /**
     * The person's private chats with the bot: on Telegram and Zalo (and in the terminal) a private
     * chat has the user's own id, so it is the chat whose reference is one of the person's
     * identities; and any private chat where the person redeemed an invite.
     */
    public List<Chat> privateChatsOf(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE kind = 'PRIVATE' AND id IN ("
                        + "SELECT c.id FROM chat c JOIN chat_identity ci ON ci.channel = c.channel AND ci.user_ref = c.chat_ref "
                        + "WHERE ci.person_id = ? UNION SELECT i.used_chat_id FROM invite i WHERE i.used_by = ?) ORDER BY id")
                .params(personId, personId).query(MAPPER).list();
    }

    public List<Long> unitsBoundTo(long chatId) {
        return jdbc.sql("SELECT unit_id FROM chat_binding WHERE chat_id = ? ORDER BY unit_id").param(chatId)
                .query(Long.class).list();
    }
}
