package vn.doan.nhacviec.data.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.data.db.Inserts;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/** Notices, their recipients, the messages sent for them and their acknowledgements. */
@Repository
public class NoticeRepository {

    private static final String COLUMNS = "n.id, n.sender_id, n.sender_chat_id, n.scope_unit_id, n.body, n.audience, n.attachment_kind, "
            + "n.attachment_path, n.attachment_name, n.attachment_type, n.created_at, n.send_at, n.respond_by, n.deadline_reported_at";
    private static final RowMapper<Notice> MAPPER = (rs, i) -> new Notice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
            rs.getString(5), rs.getString(6),
            rs.getString(7) == null ? null : new Attachment(Attachment.Kind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10)),
            Instant.ofEpochMilli(rs.getLong(11)), Instant.ofEpochMilli(rs.getLong(12)), instant(rs.getObject(13)), instant(rs.getObject(14)));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    public NoticeRepository(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Stores the notice and the (chat, unit) pairs it is addressed to; returns its id. */
    @Transactional
    public long create(NewNotice notice, List<NoticeRecipient> recipients) {
        Attachment file = notice.attachment();
        long id = Inserts.returningId(jdbc, "INSERT INTO notice (sender_id, sender_chat_id, scope_unit_id, body, audience, attachment_kind, "
                        + "attachment_path, attachment_name, attachment_type, created_at, send_at, respond_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                notice.senderId(), notice.senderChatId(), notice.scopeUnitId(), notice.body(), notice.audience(),
                file == null ? null : file.kind().name(), file == null ? null : file.path(), file == null ? null : file.fileName(),
                file == null ? null : file.mediaType(), clock.millis(), notice.sendAt().toEpochMilli(),
                notice.respondBy() == null ? null : notice.respondBy().toEpochMilli());
        template.batchUpdate("INSERT INTO notice_recipient (notice_id, chat_id, unit_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                recipients, 1000, (ps, r) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, r.chatId());
                    ps.setLong(3, r.unitId());
                });
        return id;
    }

    public Optional<Notice> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice n WHERE n.id = ?").param(id).query(MAPPER).optional();
    }

    /** The newest notices sent by {@code senderId} or from a unit inside one of the subtrees at {@code scopePaths}. */
    public List<Notice> recent(long senderId, Collection<String> scopePaths, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notice n JOIN unit u ON u.id = n.scope_unit_id WHERE n.sender_id = ?");
        List<Object> params = new ArrayList<>(List.of(senderId));
        for (String path : scopePaths) {
            sql.append(" OR u.path LIKE ?");
            params.add(path + "%");
        }
        sql.append(" ORDER BY n.id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
    }

    public List<NoticeRecipient> recipients(long noticeId) {
        return jdbc.sql("SELECT chat_id, unit_id FROM notice_recipient WHERE notice_id = ? ORDER BY chat_id, unit_id")
                .param(noticeId).query((rs, i) -> new NoticeRecipient(rs.getLong(1), rs.getLong(2))).list();
    }

    public boolean isRecipient(long noticeId, long chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM notice_recipient WHERE notice_id = ? AND chat_id = ?")
                .params(noticeId, chatId).query(Long.class).single() > 0;
    }

    /** Remembers the outbox dedup key of the message of {@code round} to each chat ({@code chatId → key}). */
    public void recordDeliveries(long noticeId, int round, Map<Long, String> keysByChat) {
        template.batchUpdate("INSERT INTO notice_delivery (notice_id, chat_id, round_no, dedup_key) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                List.copyOf(keysByChat.entrySet()), 1000, (ps, e) -> {
                    ps.setLong(1, noticeId);
                    ps.setLong(2, e.getKey());
                    ps.setInt(3, round);
                    ps.setString(4, e.getValue());
                });
    }

    /** The highest round sent so far: 0 after the first send, -1 before. */
    public int lastRound(long noticeId) {
        Integer round = jdbc.sql("SELECT MAX(round_no) FROM notice_delivery WHERE notice_id = ?").param(noticeId)
                .query((rs, i) -> rs.getObject(1) == null ? null : rs.getInt(1)).single();
        return round == null ? -1 : round;
    }

    /** Every message sent for the notice with the state of its outbox row. */
    public List<NoticeDelivery> deliveries(long noticeId) {
        return jdbc.sql("SELECT d.chat_id, d.round_no, m.state FROM notice_delivery d LEFT JOIN outbox_message m ON m.dedup_key = d.dedup_key "
                        + "WHERE d.notice_id = ? ORDER BY d.chat_id, d.round_no")
                .param(noticeId)
                .query((rs, i) -> new NoticeDelivery(rs.getLong(1), rs.getInt(2), rs.getString(3) == null ? null : OutboxState.valueOf(rs.getString(3))))
                .list();
    }

    /**
     * The notices delivered to this chat (the message sent, or sending) since {@code sinceMillis}
     * that it has not acknowledged, newest delivery first; the one whose message is
     * {@code outboxId} first of all, if given.
     */
    public List<Long> awaitingAcknowledgement(long chatId, long sinceMillis, Long outboxId) {
        return jdbc.sql("SELECT d.notice_id, MAX(CASE WHEN m.id = ? THEN 1 ELSE 0 END) AS answered, MAX(m.id) AS latest "
                        + "FROM notice_delivery d JOIN outbox_message m ON m.dedup_key = d.dedup_key "
                        + "WHERE d.chat_id = ? AND m.created_at >= ? AND m.state <> 'FAILED' "
                        + "AND NOT EXISTS (SELECT 1 FROM notice_ack a WHERE a.notice_id = d.notice_id AND a.chat_id = d.chat_id) "
                        + "GROUP BY d.notice_id ORDER BY answered DESC, latest DESC")
                .params(outboxId == null ? -1L : outboxId, chatId, sinceMillis)
                .query((rs, i) -> rs.getLong(1)).list();
    }

    /** Records the chat's acknowledgement; false if the chat had acknowledged already. */
    public boolean acknowledge(long noticeId, long chatId, Long personId, Instant at) {
        return jdbc.sql("INSERT INTO notice_ack (notice_id, chat_id, person_id, acknowledged_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(noticeId, chatId, personId, at.toEpochMilli()).update() == 1;
    }

    public List<NoticeAck> acknowledgements(long noticeId) {
        return jdbc.sql("SELECT chat_id, person_id, acknowledged_at FROM notice_ack WHERE notice_id = ? ORDER BY acknowledged_at, chat_id")
                .param(noticeId)
                .query((rs, i) -> new NoticeAck(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    /** Notices whose response deadline has passed and whose not-yet list has not gone to the sender. */
    public List<Notice> awaitingDeadlineReport(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice n WHERE n.respond_by IS NOT NULL AND n.respond_by <= ? "
                        + "AND n.deadline_reported_at IS NULL ORDER BY n.respond_by, n.id")
                .param(now.toEpochMilli()).query(MAPPER).list();
    }

    /** Marks the deadline report as sent; false if another run did it first. */
    public boolean markDeadlineReported(long noticeId, Instant at) {
        return jdbc.sql("UPDATE notice SET deadline_reported_at = ? WHERE id = ? AND deadline_reported_at IS NULL")
                .params(at.toEpochMilli(), noticeId).update() == 1;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM notice").query(Long.class).single();
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
