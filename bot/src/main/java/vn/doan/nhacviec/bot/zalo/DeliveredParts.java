package vn.doan.nhacviec.bot.zalo;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * How many parts of a long message already reached the chat when a later part failed, so the
 * outbox's retry sends only the rest. Kept in memory for an hour: after a restart a retry may
 * repeat the first parts, which is better than losing the rest.
 */
@Component
@ConditionalOnZalo
class DeliveredParts {

    private static final Duration MEMORY = Duration.ofHours(1);

    private record Key(long chatId, OutgoingMessage message) {
    }

    private record Progress(int delivered, long atMillis) {
    }

    private final Map<Key, Progress> progress = new ConcurrentHashMap<>();
    private final Clock clock;

    DeliveredParts(Clock clock) {
        this.clock = clock;
    }

    int delivered(long chatId, OutgoingMessage message) {
        Progress known = progress.get(new Key(chatId, message));
        return known == null || clock.millis() - known.atMillis() > MEMORY.toMillis() ? 0 : known.delivered();
    }

    void deliveredUpTo(long chatId, OutgoingMessage message, int parts) {
        long now = clock.millis();
        progress.values().removeIf(p -> now - p.atMillis() > MEMORY.toMillis());
        progress.put(new Key(chatId, message), new Progress(parts, now));
    }

    void forget(long chatId, OutgoingMessage message) {
        progress.remove(new Key(chatId, message));
    }
}
