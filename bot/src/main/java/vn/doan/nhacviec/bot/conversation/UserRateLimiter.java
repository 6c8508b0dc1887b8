package vn.doan.nhacviec.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * At most {@code nhacviec.safety.commands-per-minute} messages a minute from one user: a Bucket4j
 * token bucket per user that holds a minute's allowance and refills it over the minute, read on the
 * application's clock (so tests move it). Channels in {@code nhacviec.safety.rate-limit-exempt-channels}
 * (default: the terminal, whose user sits at the machine) are not limited. A bucket left alone for two
 * minutes is full again and is forgotten (Caffeine, on the same clock): at the peak hour tens of
 * thousands of secretaries write within minutes, and forgetting costs nothing per message.
 */
@Component
public class UserRateLimiter {

    /** A bucket unused this long is full again, so forgetting it changes nothing. */
    private static final Duration IDLE = Duration.ofMinutes(2);

    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private final int perMinute;
    private final Set<String> exemptChannels;
    private final TimeMeter time;
    private final Cache<String, UserBucket> buckets;

    public UserRateLimiter(SafetyProperties safety, Clock clock) {
        this.perMinute = safety.commandsPerMinute();
        this.exemptChannels = Set.copyOf(safety.rateLimitExemptChannels());
        this.time = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(IDLE).ticker(time::currentTimeNanos).build();
    }

    /** Takes one of the user's tokens; false when the user has sent too much in the last minute. */
    public boolean tryAcquire(String channel, String userRef) {
        return exemptChannels.contains(channel) || tryAcquire(channel + ":" + userRef);
    }

    /**
     * Whether a user whose message was just dropped should be told so: once per minute at most, so
     * that a flood is answered once instead of spending the channel's sending budget on warnings.
     */
    public boolean shouldWarn(String channel, String userRef) {
        UserBucket bucket = buckets.getIfPresent(channel + ":" + userRef);
        if (bucket == null) {
            return false;
        }
        long now = time.currentTimeNanos();
        synchronized (bucket) {
            if (bucket.warnedAtNanos != null && now - bucket.warnedAtNanos < WARN_EVERY.toNanos()) {
                return false;
            }
            bucket.warnedAtNanos = now;
            return true;
        }
    }

    private boolean tryAcquire(String user) {
        return buckets.get(user, u -> new UserBucket(newBucket())).bucket.tryConsume(1);
    }

    /** How many users' buckets are kept now (for tests). */
    long remembered() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static final class UserBucket {
        final Bucket bucket;
        Long warnedAtNanos;

        UserBucket(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            java.time.Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
