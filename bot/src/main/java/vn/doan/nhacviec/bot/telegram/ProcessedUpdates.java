package vn.doan.nhacviec.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The updates already handled (table {@code telegram_update}), so that an update delivered again
 * (after a restart before Telegram heard it was received, or a webhook retry) is handled once.
 * An update is marked before it is handled: a crash in between loses it rather than answering twice.
 * Rows older than a week are deleted at start and every thousand updates.
 */
@Repository
@ConditionalOnTelegram
class ProcessedUpdates {

    static final Duration KEPT = Duration.ofDays(7);
    private static final int FORGET_EVERY = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicInteger marked = new AtomicInteger();

    ProcessedUpdates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the update handled; false if it already was. */
    boolean markFirstTime(long botId, long updateId) {
        if (marked.incrementAndGet() % FORGET_EVERY == 0) {
            forgetOld();
        }
        return jdbc.sql("INSERT INTO telegram_update (bot_id, update_id, received_at) VALUES (?, ?, ?) "
                        + "ON CONFLICT (bot_id, update_id) DO NOTHING")
                .params(botId, updateId, clock.millis()).update() == 1;
    }

    /** Forgets updates older than a week; Telegram keeps an undelivered update for 24 hours. */
    int forgetOld() {
        return jdbc.sql("DELETE FROM telegram_update WHERE received_at < ?").param(clock.millis() - KEPT.toMillis()).update();
    }
}
