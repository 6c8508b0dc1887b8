package vn.doan.nhacviec.scheduler.outbox;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code nhacviec.outbox.sends} per {@code channel} and {@code outcome}: sent, rate_limited (429),
 * transient_failure, blocked, permanent_failure.
 */
final class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void counted(String channel, SendOutcome outcome) {
        meters.counter("nhacviec.outbox.sends", "channel", channel, "outcome", outcomeName(outcome)).increment();
    }

    static String outcomeName(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Sent) {
            return "sent";
        }
        if (outcome instanceof SendOutcome.RetryAfter) {
            return "rate_limited";
        }
        if (outcome instanceof SendOutcome.TransientFailure) {
            return "transient_failure";
        }
        if (outcome instanceof SendOutcome.Blocked) {
            return "blocked";
        }
        return "permanent_failure";
    }
}
