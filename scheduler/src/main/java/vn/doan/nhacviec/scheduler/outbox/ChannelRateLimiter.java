package vn.doan.nhacviec.scheduler.outbox;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.doan.nhacviec.data.chat.Chat;

/**
 * The rate limits of one channel, as Bucket4j token buckets in this process's memory: one for the
 * channel, one per chat (with the group limit added for groups).
 *
 * <p>A bucket holds a tenth of its window's allowance (at least one message): smooth sending with a
 * small burst, so any window sees at most 1.1 × its limit, and short pauses between batches are
 * made up for.
 *
 * <p>A 429 the platform gives for the whole bot, or 429s to {@value #CHATS_FOR_CHANNEL_WIDE} or more different
 * chats within a second that are at least half of that second's sends (Telegram does not say which limit was
 * hit; its overall limit refuses nearly everything at once, while a few busy chats among many sends are their
 * own), pause the whole channel for the longest retry_after given; a lone 429 holds only its chat.
 */
final class ChannelRateLimiter {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** A chat bucket unused this long is full again, so dropping it changes nothing. */
    private static final long IDLE_NANOS = MINUTE.toNanos() + SECOND.toNanos();

    private final OutboxProperties.ChannelLimits limits;
    private final TimeMeter time;
    private final BlockingStrategy blocking;
    private final Bucket overall;
    private final Map<Long, ChatBucket> chats = new ConcurrentHashMap<>();
    static final int CHATS_FOR_CHANNEL_WIDE = 3;
    private static final Duration AT_ONCE = SECOND;
    /** Recent 429s: when and to which chat; guarded by itself. */
    private final Deque<TooMany> recentTooMany = new ArrayDeque<>();
    /** When the recent sends went out (any outcome), for the share of 429s; guarded by {@link #recentTooMany}. */
    private final Deque<Instant> recentSends = new ArrayDeque<>();
    private volatile Instant pausedUntil = Instant.MIN;

    ChannelRateLimiter(OutboxProperties.ChannelLimits limits, TimeMeter time, BlockingStrategy blocking) {
        this.limits = limits;
        this.time = time;
        this.blocking = blocking;
        this.overall = limits.overallPerSecond() > 0
                ? builder().addLimit(bandwidth(limits.overallPerSecond(), SECOND)).build()
                : null;
    }

    /**
     * Takes the chat's token if it has one.
     *
     * @return zero when the chat may receive a message now, else how long until it may
     */
    Duration tryAcquireChat(Chat chat) {
        boolean group = chat.kind() == Chat.ChatKind.GROUP;
        if (limits.perChatPerSecond() <= 0 && !(group && limits.perGroupPerMinute() > 0)) {
            return Duration.ZERO;
        }
        ChatBucket bucket = chats.computeIfAbsent(chat.id(), id -> new ChatBucket(newChatBucket(group)));
        bucket.lastUsedNanos = time.currentTimeNanos();
        ConsumptionProbe probe = bucket.bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    /** Waits until the channel may send one more message. */
    void acquireOverall() throws InterruptedException {
        if (overall != null) {
            overall.asBlocking().consume(1, blocking);
        }
    }

    /** Takes note of one send, whatever its outcome. */
    void sent(Instant now) {
        synchronized (recentTooMany) {
            recentSends.addLast(now);
            forgetSendsBefore(now);
        }
    }

    private void forgetSendsBefore(Instant now) {
        while (!recentSends.isEmpty() && !recentSends.peekFirst().plus(AT_ONCE).isAfter(now)) {
            recentSends.removeFirst();
        }
    }

    /**
     * Takes note of a 429 to {@code chatId}.
     *
     * @return true when it pauses the whole channel until {@code now + retryAfter}
     */
    boolean tooManyRequests(long chatId, Duration retryAfter, boolean channelWide, Instant now) {
        Instant until = now.plus(retryAfter);
        synchronized (recentTooMany) {
            recentTooMany.addLast(new TooMany(chatId, now, until));
            while (!recentTooMany.isEmpty() && !recentTooMany.peekFirst().at().plus(AT_ONCE).isAfter(now)) {
                recentTooMany.removeFirst();
            }
            long chatsAtOnce = recentTooMany.stream().mapToLong(TooMany::chatId).distinct().count();
            forgetSendsBefore(now);
            boolean mostRefused = chatsAtOnce * 2 >= recentSends.size();
            if (!channelWide && (chatsAtOnce < CHATS_FOR_CHANNEL_WIDE || !mostRefused)) {
                return false;
            }
            Instant longest = recentTooMany.stream().map(TooMany::until).max(Instant::compareTo).orElse(until);
            if (longest.isAfter(pausedUntil)) {
                pausedUntil = longest;
            }
            return true;
        }
    }

    /** How long the whole channel still waits after a channel-wide 429; zero when it may send. */
    Duration pausedFor(Instant now) {
        Instant until = pausedUntil;
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** Forgets chats not written to for a while (they would be back to a full bucket anyway). */
    void forgetIdleChats() {
        long now = time.currentTimeNanos();
        chats.values().removeIf(bucket -> now - bucket.lastUsedNanos > IDLE_NANOS);
    }

    int chatsTracked() {
        return chats.size();
    }

    private Bucket newChatBucket(boolean group) {
        LocalBucketBuilder builder = builder();
        if (limits.perChatPerSecond() > 0) {
            builder.addLimit(bandwidth(limits.perChatPerSecond(), SECOND));
        }
        if (group && limits.perGroupPerMinute() > 0) {
            builder.addLimit(bandwidth(limits.perGroupPerMinute(), MINUTE));
        }
        return builder.build();
    }

    private LocalBucketBuilder builder() {
        return Bucket.builder().withCustomTimePrecision(time);
    }

    private static Bandwidth bandwidth(int perWindow, Duration window) {
        return Bandwidth.builder().capacity(Math.max(1, perWindow / 10)).refillGreedy(perWindow, window).build();
    }

    private record TooMany(long chatId, Instant at, Instant until) {
    }

    private static final class ChatBucket {
        final Bucket bucket;
        volatile long lastUsedNanos;

        ChatBucket(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
