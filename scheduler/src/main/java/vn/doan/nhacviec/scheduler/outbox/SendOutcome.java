package vn.doan.nhacviec.scheduler.outbox;

import java.time.Duration;

/** What the platform said to one send. */
public sealed interface SendOutcome {

    /** Delivered; {@code platformMessageId} is what later edits refer to (null if the channel has none). */
    record Sent(String platformMessageId) implements SendOutcome {
    }

    /**
     * Too many requests (429): try again after {@code delay} (a record component cannot be named {@code wait}), and send
     * nothing else to this chat before; when {@code channelWide} (the platform says the limit is the bot's, not the
     * chat's), nothing to any chat of the channel.
     */
    record RetryAfter(Duration delay, boolean channelWide) implements SendOutcome {

        /** A 429 the platform does not say more about: the chat's, unless several chats get one at once. */
        public RetryAfter(Duration delay) {
            this(delay, false);
        }
    }

    /** Network trouble or a server error (5xx): retried with backoff. */
    record TransientFailure(String error) implements SendOutcome {
    }

    /** The user blocked the bot or the bot was removed from the group (403): the chat becomes inactive. */
    record Blocked(String reason) implements SendOutcome {
    }

    /** The platform refuses this message (400 and the like): retrying will not help. */
    record PermanentFailure(String error) implements SendOutcome {
    }
}
