package vn.doan.nhacviec.data.outbox;

import java.time.Instant;

/**
 * One row of the outbox.
 *
 * @param attempts  sends handed to the platform that did not go through (a 429 does not count)
 * @param lastError the platform's or the network's last complaint, or null
 */
public record OutboxEntry(
        long id,
        long chatId,
        MessageKind kind,
        OutgoingMessage payload,
        int attempts,
        int priority,
        String dedupKey,
        OutboxState state,
        Instant nextAttemptAt,
        Instant createdAt,
        String lastError) {
}
