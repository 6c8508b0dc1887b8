package vn.doan.nhacviec.data.outbox;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers last offered in a chat, so that a number typed on a messenger without buttons (Zalo,
 * the terminal) means the same as the button would.
 */
@Repository
public class OfferedChoices {

    private final JdbcClient jdbc;

    public OfferedChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest message to this chat since {@code sinceMillis} that offered choices. */
    public Optional<Offer> latest(long chatId, long sinceMillis) {
        return jdbc.sql("SELECT id, payload FROM outbox_message WHERE chat_id = ? AND created_at >= ? ORDER BY id DESC LIMIT 20")
                .params(chatId, sinceMillis)
                .query((rs, i) -> new Offer(rs.getLong(1), JsonMapper.shared().readValue(rs.getString(2), OutgoingMessage.class)))
                .list().stream()
                .filter(offer -> !offer.message().choices().isEmpty())
                .findFirst();
    }

    /** A stored message and its outbox id. */
    public record Offer(long outboxId, OutgoingMessage message) {

        /** The data of choice number {@code position} (1-based), if there is one. */
        public Optional<String> choice(int position) {
            return position >= 1 && position <= message.choices().size()
                    ? Optional.of(message.choices().get(position - 1).data()) : Optional.empty();
        }
    }
}
