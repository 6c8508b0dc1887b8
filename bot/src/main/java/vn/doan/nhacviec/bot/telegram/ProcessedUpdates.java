package vn.doan.nhacviec.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.data.db.InChunks;

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

    /**
     * Marks a batch of updates handled, in one transaction (one turn of SQLite's single writer for a
     * whole long-polling batch rather than one per update); returns those not handled before.
     */
    @Transactional
    public List<Long> markFirstTime(long botId, List<Long> updateIds) {
        int before = marked.getAndAdd(updateIds.size());
        if (before / FORGET_EVERY != (before + updateIds.size()) / FORGET_EVERY) {
            forgetOld();
        }
        Set<Long> known = new HashSet<>();
        for (List<Long> chunk : InChunks.of(updateIds)) {
            known.addAll(jdbc.sql("SELECT update_id FROM telegram_update WHERE bot_id = :bot AND update_id IN (:ids)")
                    .param("bot", botId).param("ids", chunk).query(Long.class).list());
        }
        List<Long> fresh = new ArrayList<>();
        for (Long updateId : updateIds) {
            if (known.add(updateId)) {
                jdbc.sql("INSERT INTO telegram_update (bot_id, update_id, received_at) VALUES (?, ?, ?)")
                        .params(botId, updateId, clock.millis()).update();
                fresh.add(updateId);
            }
        }
        return fresh;
    }

    /** Forgets updates older than a week; Telegram keeps an undelivered update for 24 hours. */
    int forgetOld() {
        return jdbc.sql("DELETE FROM telegram_update WHERE received_at < ?").param(clock.millis() - KEPT.toMillis()).update();
    }
}
