package vn.doan.nhacviec.scheduler.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chats this instance sends nothing to until a given instant: after a 429, while a failed message
 * waits for its retry (so later messages do not overtake it), or while the chat's rate limit is
 * not free.
 */
final class ChatHolds {

    private final Map<Long, Instant> until = new ConcurrentHashMap<>();

    void hold(long chatId, Instant instant) {
        until.merge(chatId, instant, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The end of the chat's hold if it is still on at {@code now}. */
    Optional<Instant> heldUntil(long chatId, Instant now) {
        Instant end = until.get(chatId);
        if (end == null) {
            return Optional.empty();
        }
        if (end.isAfter(now)) {
            return Optional.of(end);
        }
        until.remove(chatId, end);
        return Optional.empty();
    }

    void forgetEnded(Instant now) {
        until.values().removeIf(end -> !end.isAfter(now));
    }
}
