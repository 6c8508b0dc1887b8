package vn.doan.nhacviec.scheduler.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

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
@Validated
@ConfigurationProperties(OutboxProperties.PREFIX)
public record OutboxProperties(
        Map<String, @Valid ChannelLimits> channels,
        @DefaultValue @Valid Retry retry,
        @DefaultValue("2m") @NotNull @PositiveDuration Duration lease,
        @DefaultValue("200") @Positive int batchSize,
        @DefaultValue("4") @Positive int senderThreads,
        @DefaultValue("2s") @NotNull @PositiveDuration Duration idlePoll,
        @DefaultValue("50ms") @NotNull @PositiveDuration Duration flushInterval,
        @DefaultValue("true") boolean autoStart) {

    static final String PREFIX = "nhacviec.outbox";
    public static final ChannelLimits TELEGRAM = new ChannelLimits(30, 1, 20);
    public static final ChannelLimits ZALO = new ChannelLimits(10, 1, 20);

    // a channel's limits default to that channel's (Telegram's are not Zalo's): @DefaultValue cannot say
    // so, hence the merge here, per limit
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
    }

    /** All defaults. */
    public static OutboxProperties defaults() {
        return new Binder().bindOrCreate(PREFIX, OutboxProperties.class);
    }

    /** The limits of {@code channel}; unlimited for a channel not configured. */
    public ChannelLimits limitsOf(String channel) {
        return channels.getOrDefault(channel, ChannelLimits.UNLIMITED);
    }

    /**
     * Sending limits of one channel; 0 means no limit, unset the channel's default.
     *
     * @param overallPerSecond  messages per second over all chats (Telegram: about 30)
     * @param perChatPerSecond  messages per second to one chat (Telegram: 1)
     * @param perGroupPerMinute messages per minute to one group chat (Telegram: 20)
     */
    public record ChannelLimits(@PositiveOrZero Integer overallPerSecond, @PositiveOrZero Integer perChatPerSecond,
                                @PositiveOrZero Integer perGroupPerMinute) {

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
    public record Retry(@DefaultValue("1s") @NotNull @PositiveDuration Duration base,
                        @DefaultValue("2.0") @DecimalMin("1") double factor,
                        @DefaultValue("10m") @NotNull @PositiveDuration Duration cap,
                        @DefaultValue("12") @Positive int maxAttempts,
                        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) double jitter) {
    }
}
