package vn.doan.nhacviec.data.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which occurrences a sent message lists, in the order the reader sees them. */
@Repository
public class MessageItemRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public MessageItemRepository(JdbcTemplate template) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
    }

    /**
     * Records the numbered items a message shows. A message numbers either items or options, never
     * both, so that a number typed next means one thing.
     */
    public void record(long outboxId, List<Long> occurrenceIds) {
        for (int i = 0; i < occurrenceIds.size(); i++) {
            jdbc.sql("INSERT INTO message_item (outbox_id, position, occurrence_id) VALUES (?, ?, ?)")
                    .params(outboxId, i + 1, occurrenceIds.get(i)).update();
        }
        markItems(List.of(outboxId));
    }

    /**
     * Records the items of many messages in one JDBC batch; a message whose items are recorded
     * already keeps them. The messages were stored as numbering items
     * ({@link NewOutboxMessage#numberingItems()}): rewriting each row to mark it cost the reminder
     * run a row update per reminder, 200,000 on the peak day.
     */
    public void recordAll(Map<Long, List<Long>> occurrenceIdsByOutboxId) {
        List<Object[]> rows = new ArrayList<>();
        occurrenceIdsByOutboxId.forEach((outboxId, occurrenceIds) -> {
            for (int i = 0; i < occurrenceIds.size(); i++) {
                rows.add(new Object[] {outboxId, i + 1, occurrenceIds.get(i)});
            }
        });
        if (!rows.isEmpty()) {
            template.batchUpdate("INSERT INTO message_item (outbox_id, position, occurrence_id) VALUES (?, ?, ?) "
                    + "ON CONFLICT (outbox_id, position) DO NOTHING", rows);
        }
    }

    private void markItems(List<Long> outboxIds) {
        if (outboxIds.isEmpty()) {
            return;
        }
        List<Object[]> rows = outboxIds.stream().map(id -> new Object[] {id}).toList();
        int[] updated = template.batchUpdate("UPDATE outbox_message SET numbers = '" + NumberedMessages.ITEMS
                + "' WHERE id = ? AND (numbers IS NULL OR numbers = '" + NumberedMessages.ITEMS + "')", rows);
        for (int count : updated) {
            if (count == 0) {
                throw new IllegalStateException("A message that numbers options cannot number items too");
            }
        }
    }

    public List<Long> items(long outboxId) {
        return jdbc.sql("SELECT occurrence_id FROM message_item WHERE outbox_id = ? ORDER BY position")
                .param(outboxId).query(Long.class).list();
    }

    /** The newest message to this chat, created at or after {@code sinceMillis}, that listed items. */
    public Optional<Long> latestListingTo(long chatId, long sinceMillis) {
        return jdbc.sql("SELECT MAX(m.id) FROM outbox_message m WHERE m.chat_id = ? AND m.created_at >= ? "
                        + "AND EXISTS (SELECT 1 FROM message_item i WHERE i.outbox_id = m.id)")
                .params(chatId, sinceMillis).query(Long.class).optional();
    }

    /** The outbox id of the message a platform knows by {@code platformMessageId} in this chat. */
    public Optional<Long> byPlatformId(long chatId, String platformMessageId) {
        return jdbc.sql("SELECT id FROM outbox_message WHERE chat_id = ? AND platform_message_id = ?")
                .params(chatId, platformMessageId).query(Long.class).optional();
    }
}
