package vn.doan.nhacviec.data.outbox;

import java.time.Instant;

/** What became of a claimed row; the dispatcher collects these and stores them in batches. */
public sealed interface OutboxStatusChange {

    long id();

    /** The platform took the message. */
    record Sent(long id, String platformMessageId) implements OutboxStatusChange {
    }

    /** Try again at {@code next}; {@code countAttempt} is false when the message was not at fault (429). */
    record Rescheduled(long id, Instant next, String error, boolean countAttempt) implements OutboxStatusChange {
    }

    /** Put back untried, e.g. the chat's rate limit was not free or the dispatcher is stopping. */
    record Released(long id, Instant next) implements OutboxStatusChange {
    }

    /** Given up; admins see it in the failed list. */
    record Failed(long id, String error, boolean countAttempt) implements OutboxStatusChange {
    }
}
