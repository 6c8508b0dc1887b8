package vn.doan.nhacviec.scheduler.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.CodeSpan;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxStatusChange;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Sends one claimed message under the limits of its channel and turns the platform's answer into
 * the row's next state. When a message has to wait, its chat is held until then, so the chat's
 * later messages wait too and go out in order.
 */
final class ChatDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChatDelivery.class);

    private final Map<String, MessageSender> senders;
    private final RateLimits rateLimits;
    private final RetryPolicy retryPolicy;
    private final ChatHolds holds;
    private final OutboxRepository outbox;
    private final ChatRepository chats;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    ChatDelivery(Map<String, MessageSender> senders, RateLimits rateLimits, RetryPolicy retryPolicy, ChatHolds holds,
            OutboxRepository outbox, ChatRepository chats, ApplicationEventPublisher events, Clock clock,
            DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.senders = senders;
        this.rateLimits = rateLimits;
        this.retryPolicy = retryPolicy;
        this.holds = holds;
        this.outbox = outbox;
        this.chats = chats;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the next message of {@code queue} (or decides not to) and says what became of it. */
    OutboxStatusChange deliver(ChatQueue queue, OutboxEntry entry) throws InterruptedException {
        Chat chat = queue.chat();
        if (chat == null || !chat.active()) {
            return new OutboxStatusChange.Failed(entry.id(), "chat inactive", false);
        }
        MessageSender sender = senders.get(chat.channel());
        if (sender == null) {
            return new OutboxStatusChange.Failed(entry.id(), "no sender for channel " + chat.channel(), false);
        }
        Instant now = clock.instant();
        Optional<Instant> held = holds.heldUntil(chat.id(), now);
        if (held.isPresent()) {
            return new OutboxStatusChange.Released(entry.id(), held.get());
        }
        ChannelRateLimiter limiter = rateLimits.of(chat.channel());
        Duration paused = limiter.pausedFor(now);
        if (!paused.isZero()) {
            return holdAndRelease(entry, chat, now.plus(paused));
        }
        Duration chatWait = limiter.tryAcquireChat(chat);
        if (!chatWait.isZero()) {
            return holdAndRelease(entry, chat, now.plus(chatWait));
        }
        limiter.acquireOverall();
        SendOutcome outcome = send(sender, chat, entry);
        limiter.sent(clock.instant());
        metrics.counted(chat.channel(), outcome);
        return outcome(queue, entry, outcome);
    }

    private SendOutcome send(MessageSender sender, Chat chat, OutboxEntry entry) {
        try {
            Long editOf = entry.payload().editOf();
            String edited = editOf == null ? null : outbox.platformMessageId(editOf).orElse(null);
            OutgoingMessage payload = sender.showsCodeSpans() ? entry.payload() : CodeSpan.plain(entry.payload());
            SendOutcome outcome = sender.send(chat, payload, edited);
            return outcome != null ? outcome : new SendOutcome.TransientFailure("sender gave no outcome");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            log.debug("Sender for {} threw on outbox row {}", chat.channel(), entry.id(), e);
            return new SendOutcome.TransientFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private OutboxStatusChange outcome(ChatQueue queue, OutboxEntry entry, SendOutcome outcome) {
        Chat chat = queue.chat();
        Instant now = clock.instant();
        if (outcome instanceof SendOutcome.Sent sent) {
            return new OutboxStatusChange.Sent(entry.id(), sent.platformMessageId());
        }
        if (outcome instanceof SendOutcome.RetryAfter retryAfter) {
            Instant until = now.plus(atLeastOneMilli(retryAfter.delay()));
            holds.hold(chat.id(), until);
            if (rateLimits.of(chat.channel()).tooManyRequests(chat.id(), atLeastOneMilli(retryAfter.delay()),
                    retryAfter.channelWide(), now)) {
                log.warn("{} refuses messages to every chat (429) for {}; the whole channel waits", chat.channel(),
                        retryAfter.delay());
            }
            return new OutboxStatusChange.Rescheduled(entry.id(), until,
                    "rate limited, retry after " + retryAfter.delay(), false);
        }
        if (outcome instanceof SendOutcome.TransientFailure failure) {
            int failed = entry.attempts() + 1;
            if (retryPolicy.exhausted(failed)) {
                events.publishEvent(new DeliveryFailedEvent(chat.id(), entry.id(), entry.kind(), failure.error()));
                return new OutboxStatusChange.Failed(entry.id(), failure.error(), true);
            }
            Instant next = now.plus(retryPolicy.delayAfter(failed));
            holds.hold(chat.id(), next);
            return new OutboxStatusChange.Rescheduled(entry.id(), next, failure.error(), true);
        }
        if (outcome instanceof SendOutcome.Blocked blocked) {
            chats.markInactive(chat.id(), blocked.reason());
            queue.chatBecameInactive();
            events.publishEvent(new ChatBlockedEvent(chat.id(), blocked.reason()));
            return new OutboxStatusChange.Failed(entry.id(), "blocked: " + blocked.reason(), true);
        }
        SendOutcome.PermanentFailure failure = (SendOutcome.PermanentFailure) outcome;
        events.publishEvent(new DeliveryFailedEvent(chat.id(), entry.id(), entry.kind(), failure.error()));
        return new OutboxStatusChange.Failed(entry.id(), failure.error(), true);
    }

    private OutboxStatusChange holdAndRelease(OutboxEntry entry, Chat chat, Instant until) {
        holds.hold(chat.id(), until);
        return new OutboxStatusChange.Released(entry.id(), until);
    }

    private static Duration atLeastOneMilli(Duration wait) {
        return wait == null || wait.toMillis() < 1 ? Duration.ofMillis(1) : wait;
    }
}
