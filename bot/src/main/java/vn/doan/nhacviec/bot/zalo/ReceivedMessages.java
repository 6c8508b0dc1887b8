package vn.doan.nhacviec.bot.zalo;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Zalo messages already taken for handling, so that a message delivered twice is handled once.
 * Kept for {@link #MEMORY}; Zalo does not redeliver older messages.
 */
@Repository
@ConditionalOnZalo
class ReceivedMessages {

    static final Duration MEMORY = Duration.ofDays(3);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    ReceivedMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the message for handling; false if it was taken before (by this or another instance). */
    boolean claim(String chatRef, String messageId) {
        purgeNowAndThen();
        try {
            return jdbc.sql("INSERT INTO zalo_received_message (chat_ref, message_id, received_at) SELECT ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM zalo_received_message WHERE chat_ref = ? AND message_id = ?)")
                    .params(chatRef, messageId, clock.millis(), chatRef, messageId)
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives a message back after its handling failed, so a redelivery is handled. */
    void release(String chatRef, String messageId) {
        jdbc.sql("DELETE FROM zalo_received_message WHERE chat_ref = ? AND message_id = ?").params(chatRef, messageId).update();
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long last = lastPurge.get();
        if (now - last >= PURGE_EVERY.toMillis() && lastPurge.compareAndSet(last, now)) {
            jdbc.sql("DELETE FROM zalo_received_message WHERE received_at < ?").param(now - MEMORY.toMillis()).update();
        }
    }
}
