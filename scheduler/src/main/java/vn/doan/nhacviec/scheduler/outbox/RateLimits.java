package vn.doan.nhacviec.scheduler.outbox;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rate limiters of all channels, measured with the application's clock. */
final class RateLimits {

    private final OutboxProperties properties;
    private final TimeMeter time;
    private final BlockingStrategy blocking;
    private final Map<String, ChannelRateLimiter> channels = new ConcurrentHashMap<>();

    RateLimits(OutboxProperties properties, Clock clock, Sleeper sleeper) {
        this.properties = properties;
        this.time = new ClockTimeMeter(clock);
        this.blocking = nanos -> sleeper.sleep(java.time.Duration.ofNanos(nanos));
    }

    ChannelRateLimiter of(String channel) {
        return channels.computeIfAbsent(channel,
                name -> new ChannelRateLimiter(properties.limitsOf(name), time, blocking));
    }

    void forgetIdleChats() {
        channels.values().forEach(ChannelRateLimiter::forgetIdleChats);
    }

    /** Bucket4j reads time from the injected clock, so tests that move the clock move the buckets. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
