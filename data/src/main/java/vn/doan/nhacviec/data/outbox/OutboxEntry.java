package vn.doan.nhacviec.data.outbox;

import java.time.Instant;

/**
 * One row of the outbox.
 *
 * @param attempts  sends handed to the platform that did not go through (a 429 does not count)
 * @param lastError the platform's or the network's last complaint, or null
 * @param anyHour   may go out outside the recipient's sending window (replies always may)
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
        String lastError,
        boolean anyHour) {

    public OutboxEntry(long id, long chatId, MessageKind kind, OutgoingMessage payload, int attempts, int priority,
            String dedupKey, OutboxState state, Instant nextAttemptAt, Instant createdAt, String lastError) {
        this(id, chatId, kind, payload, attempts, priority, dedupKey, state, nextAttemptAt, createdAt, lastError, false);
    }

    /** Whether it must wait for the recipient's sending window: everything but replies, unless sent at any hour. */
    public boolean keepsToWindow() {
        return kind != MessageKind.REPLY && !anyHour;
    }
}
