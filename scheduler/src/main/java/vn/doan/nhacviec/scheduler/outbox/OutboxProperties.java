package vn.doan.nhacviec.scheduler.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox sends ({@code nhacviec.outbox.*}). Unset values take the defaults below, so one
 * can change a single limit, e.g. {@code nhacviec.outbox.channels.telegram.overall-per-second=25}.
 *
 * <p>Rate limits are kept in memory by each instance: when several instances share a database,
 * give each its share of a channel's overall limit (e.g. 15 each for two Telegram instances).
 *
 * @param channels      rate limits per channel; a channel not listed is not limited
 * @param lease         how long a claimed row stays with this instance; a row still claimed after
 *                      that (the instance died) is sent by another one. Must exceed the time to send
 *                      a batch at the channel's rate.
 * @param batchSize     rows claimed at once
 * @param senderThreads threads that send; one chat is served by one thread at a time
 * @param idlePoll      how often an idle dispatcher looks for work other instances left (it is woken
 *                      at once for messages enqueued in this process)
 * @param flushInterval how often outcomes are written back while sending (in batches)
 * @param autoStart     start the dispatcher with the application
 */
@ConfigurationProperties("nhacviec.outbox")
public record OutboxProperties(
        Map<String, ChannelLimits> channels,
        Retry retry,
        Duration lease,
        Integer batchSize,
        Integer senderThreads,
        Duration idlePoll,
        Duration flushInterval,
        Boolean autoStart) {

    public static final ChannelLimits TELEGRAM = new ChannelLimits(30, 1, 20);
    public static final ChannelLimits ZALO = new ChannelLimits(10, 1, 20);

    public OutboxProperties {
        Map<String, ChannelLimits> merged = new HashMap<>();
        merged.put("telegram", TELEGRAM);
        merged.put("zalo", ZALO);
        merged.put("console", ChannelLimits.UNLIMITED);
        if (channels != null) {
            channels.forEach((name, given) ->
                    merged.put(name, given.orElse(merged.getOrDefault(name, ChannelLimits.UNLIMITED))));
        }
        channels = Map.copyOf(merged);
        retry = retry == null ? Retry.DEFAULT : retry.orElse(Retry.DEFAULT);
        lease = positiveOr(lease, Duration.ofMinutes(2));
        batchSize = batchSize == null || batchSize < 1 ? 200 : batchSize;
        senderThreads = senderThreads == null || senderThreads < 1 ? 4 : senderThreads;
        idlePoll = positiveOr(idlePoll, Duration.ofSeconds(2));
        flushInterval = positiveOr(flushInterval, Duration.ofMillis(50));
        autoStart = autoStart == null || autoStart;
    }

    /** All defaults. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(null, null, null, null, null, null, null, null);
    }

    /** The limits of {@code channel}; unlimited for a channel not configured. */
    public ChannelLimits limitsOf(String channel) {
        return channels.getOrDefault(channel, ChannelLimits.UNLIMITED);
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return isPositive(value) ? value : fallback;
    }

    private static boolean isPositive(Duration value) {
        return value != null && !value.isNegative() && !value.isZero();
    }

    /**
     * Sending limits of one channel; 0 means no limit.
     *
     * @param overallPerSecond  messages per second over all chats (Telegram: about 30)
     * @param perChatPerSecond  messages per second to one chat (Telegram: 1)
     * @param perGroupPerMinute messages per minute to one group chat (Telegram: 20)
     */
    public record ChannelLimits(Integer overallPerSecond, Integer perChatPerSecond, Integer perGroupPerMinute) {

        public static final ChannelLimits UNLIMITED = new ChannelLimits(0, 0, 0);

        ChannelLimits orElse(ChannelLimits defaults) {
            return new ChannelLimits(
                    overallPerSecond != null ? overallPerSecond : defaults.overallPerSecond,
                    perChatPerSecond != null ? perChatPerSecond : defaults.perChatPerSecond,
                    perGroupPerMinute != null ? perGroupPerMinute : defaults.perGroupPerMinute);
        }
    }

    /**
     * Retrying after network trouble and server errors: the n-th retry waits
     * {@code min(cap, base × factor^(n-1))}, of which a random share up to {@code jitter} is taken off
     * so that many failed messages do not come back at the same instant.
     *
     * @param maxAttempts attempts in all; the message fails for good after the last one
     */
    public record Retry(Duration base, Double factor, Duration cap, Integer maxAttempts, Double jitter) {

        public static final Retry DEFAULT = new Retry(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(10), 12, 0.5);

        Retry orElse(Retry defaults) {
            return new Retry(
                    isPositive(base) ? base : defaults.base,
                    factor != null && factor >= 1 ? factor : defaults.factor,
                    isPositive(cap) ? cap : defaults.cap,
                    maxAttempts != null && maxAttempts >= 1 ? maxAttempts : defaults.maxAttempts,
                    jitter != null && jitter >= 0 && jitter < 1 ? jitter : defaults.jitter);
        }
    }
}
