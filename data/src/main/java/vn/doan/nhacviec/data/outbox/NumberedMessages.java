package vn.doan.nhacviec.data.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages of a chat that show numbers a reader may type: numbered items (a reminder, a list, a
 * "which item?" question) or numbered options (answers to choose, dialogue steps). A number typed
 * next in the chat refers to the latest of them, the one on screen.
 */
@Repository
public class NumberedMessages {

    /** How long a number typed in a chat still refers to the message that showed it. */
    public static final Duration REMEMBERED_FOR = Duration.ofDays(3);

    static final String ITEMS = "I";
    static final String OPTIONS = "O";

    private final JdbcClient jdbc;
    private final Clock clock;

    public NumberedMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the numbers of a message stand for. */
    public enum Numbers { ITEMS, OPTIONS }

    /**
     * A message that shows numbers.
     *
     * @param outboxId its outbox id
     * @param numbers  what its numbers stand for
     * @param message  what it says and offers
     */
    public record Numbered(long outboxId, Numbers numbers, OutgoingMessage message) {

        /** The data of option {@code position} (1-based), if there is one. */
        public Optional<String> option(int position) {
            var options = message.numberedOptions();
            return position >= 1 && position <= options.size() ? Optional.of(options.get(position - 1).data()) : Optional.empty();
        }

        public int optionCount() {
            return message.numberedOptions().size();
        }
    }

    /**
     * The latest message to this chat since {@code sinceMillis} that showed numbers: the newest of
     * those sent or due to be sent by now (a reminder held for the morning is not on screen yet).
     */
    public Optional<Numbered> latest(long chatId, long sinceMillis) {
        return latest(chatId, sinceMillis, "numbers IS NOT NULL");
    }

    /** Like {@link #latest(long, long)} among the messages that showed numbered items. */
    public Optional<Numbered> latestItems(long chatId, long sinceMillis) {
        return latest(chatId, sinceMillis, "numbers = '" + ITEMS + "'");
    }

    private Optional<Numbered> latest(long chatId, long sinceMillis, String numbered) {
        return jdbc.sql("SELECT id, numbers, payload FROM outbox_message WHERE chat_id = ? AND " + numbered + " AND created_at >= ? "
                        + "AND (sent_at IS NOT NULL OR next_attempt_at <= ?) ORDER BY id DESC LIMIT 1")
                .params(chatId, sinceMillis, clock.millis())
                .query((rs, i) -> read(rs.getLong("id"), rs.getString("numbers"), rs.getString("payload")))
                .optional();
    }

    /** The message {@code outboxId} of this chat, if it showed numbers. */
    public Optional<Numbered> find(long chatId, long outboxId) {
        return jdbc.sql("SELECT id, numbers, payload FROM outbox_message WHERE id = ? AND chat_id = ? AND numbers IS NOT NULL")
                .params(outboxId, chatId)
                .query((rs, i) -> read(rs.getLong("id"), rs.getString("numbers"), rs.getString("payload")))
                .optional();
    }

    /** Keeps an answer waiting on the "which item?" message {@code outboxId}, for the person who gave it. */
    public void keepPendingAnswer(long outboxId, long personId, String payload) {
        jdbc.sql("INSERT INTO pending_answer (outbox_id, person_id, payload) VALUES (?, ?, ?)")
                .params(outboxId, personId, payload).update();
    }

    /** The answer waiting on message {@code outboxId}, if it asked "which item?". */
    public Optional<PendingAnswer> pendingAnswer(long outboxId) {
        return jdbc.sql("SELECT person_id, payload FROM pending_answer WHERE outbox_id = ?")
                .param(outboxId)
                .query((rs, i) -> new PendingAnswer(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** The answer was applied: the question is closed. */
    public void dropPendingAnswer(long outboxId) {
        jdbc.sql("DELETE FROM pending_answer WHERE outbox_id = ?").param(outboxId).update();
    }

    /** Closes every "which item?" question still waiting for this person in this chat; how many there were. */
    public int dropPendingAnswers(long chatId, long personId) {
        return jdbc.sql("DELETE FROM pending_answer WHERE person_id = ? AND outbox_id IN (SELECT id FROM outbox_message WHERE chat_id = ?)")
                .params(personId, chatId).update();
    }

    /** @param payload what the feature that asked saved, as JSON */
    public record PendingAnswer(long personId, String payload) {
    }

    private static Numbered read(long id, String numbers, String payload) {
        return new Numbered(id, ITEMS.equals(numbers) ? Numbers.ITEMS : Numbers.OPTIONS,
                JsonMapper.shared().readValue(payload, OutgoingMessage.class));
    }
}
