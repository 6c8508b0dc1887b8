package vn.doan.nhacviec.data.outbox;

import java.time.Instant;

/**
 * A message to store in the outbox.
 *
 * @param dedupKey  null, or a key unique over the whole outbox: storing a second message with the
 *                  same key does nothing (e.g. {@code reminder:<occurrence>:<chat>:<stage>})
 * @param notBefore not sent before this instant
 */
public record NewOutboxMessage(
        long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority, Instant notBefore) {

    /** Sent as soon as possible with the kind's default priority. */
    public static NewOutboxMessage now(long chatId, MessageKind kind, OutgoingMessage payload, Instant now) {
        return new NewOutboxMessage(chatId, kind, payload, null, kind.defaultPriority(), now);
    }
}
