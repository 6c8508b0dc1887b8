package vn.doan.nhacviec.data.outbox;

import java.time.Instant;

/**
 * A message to store in the outbox.
 *
 * @param dedupKey  null, or a key unique over the whole outbox: storing a second message with the
 *                  same key does nothing (e.g. {@code reminder:<occurrence>:<chat>:<stage>})
 * @param notBefore not sent before this instant
 * @param anyHour   sent even outside the recipient's sending window (the sender chose so); replies
 *                  are sent at any hour anyway
 * @param numbersItems stored as numbering items already: its items are recorded right after, without marking it
 */
public record NewOutboxMessage(
        long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority, Instant notBefore,
        boolean anyHour, boolean numbersItems) {

    public NewOutboxMessage(long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority,
            Instant notBefore, boolean anyHour) {
        this(chatId, kind, payload, dedupKey, priority, notBefore, anyHour, false);
    }

    /**
     * The same message stored as numbering items ({@link NumberedMessages#ITEMS}) from the start, for
     * a writer that records its items right after ({@link MessageItemRepository#recordAll}).
     */
    public NewOutboxMessage numberingItems() {
        return new NewOutboxMessage(chatId, kind, payload, dedupKey, priority, notBefore, anyHour, true);
    }

    /** A message that keeps to the recipient's sending window unless it is a reply. */
    public NewOutboxMessage(long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority,
            Instant notBefore) {
        this(chatId, kind, payload, dedupKey, priority, notBefore, false);
    }

    /** Sent as soon as possible with the kind's default priority. */
    public static NewOutboxMessage now(long chatId, MessageKind kind, OutgoingMessage payload, Instant now) {
        return new NewOutboxMessage(chatId, kind, payload, null, kind.defaultPriority(), now);
    }
}
