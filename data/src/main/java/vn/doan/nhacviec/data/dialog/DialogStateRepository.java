package vn.doan.nhacviec.data.dialog;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The step a person's dialogue in a chat is waiting at; one per (chat, person), expiring on its own. */
@Repository
public class DialogStateRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DialogStateRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record DialogState(String kind, String payload) {
    }

    @Transactional
    public void save(long chatId, long personId, String kind, String payload, Duration timeout) {
        clear(chatId, personId);
        jdbc.sql("INSERT INTO dialog_state (chat_id, person_id, kind, payload, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(chatId, personId, kind, payload, clock.millis() + timeout.toMillis()).update();
    }

    /** The waiting step, unless it has expired. */
    public Optional<DialogState> find(long chatId, long personId) {
        return jdbc.sql("SELECT kind, payload FROM dialog_state WHERE chat_id = ? AND person_id = ? AND expires_at > ?")
                .params(chatId, personId, clock.millis())
                .query((rs, i) -> new DialogState(rs.getString(1), rs.getString(2))).optional();
    }

    /** Reads before it deletes: most messages have no step waiting, and a read takes no turn of SQLite's single writer. */
    public boolean clear(long chatId, long personId) {
        boolean waiting = jdbc.sql("SELECT COUNT(*) FROM dialog_state WHERE chat_id = ? AND person_id = ?")
                .params(chatId, personId).query(Long.class).single() > 0;
        return waiting && jdbc.sql("DELETE FROM dialog_state WHERE chat_id = ? AND person_id = ?").params(chatId, personId).update() > 0;
    }
}
