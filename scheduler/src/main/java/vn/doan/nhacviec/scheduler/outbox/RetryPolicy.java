package vn.doan.nhacviec.scheduler.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** Exponential backoff with jitter for messages that met network trouble or a server error. */
final class RetryPolicy {

    private final OutboxProperties.Retry retry;
    private final RandomGenerator random;

    RetryPolicy(OutboxProperties.Retry retry) {
        this(retry, null);
    }

    /** @param random null for a thread-local generator */
    RetryPolicy(OutboxProperties.Retry retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    /** Whether a message that has now failed {@code failedAttempts} times should be given up. */
    boolean exhausted(int failedAttempts) {
        return failedAttempts >= retry.maxAttempts();
    }

    /** How long to wait before the next attempt of a message that has failed {@code failedAttempts} times. */
    Duration delayAfter(int failedAttempts) {
        double full = retry.base().toMillis() * Math.pow(retry.factor(), Math.max(0, failedAttempts - 1));
        double capped = Math.min(full, retry.cap().toMillis());
        double share = (random != null ? random : ThreadLocalRandom.current()).nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * (1 - retry.jitter() * share))));
    }
}
