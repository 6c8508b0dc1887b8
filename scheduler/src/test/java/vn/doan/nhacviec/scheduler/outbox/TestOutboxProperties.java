package vn.doan.nhacviec.scheduler.outbox;

import java.time.Duration;
import java.util.Map;

/** Outbox settings for tests: what is null takes the default. */
final class TestOutboxProperties {

    private TestOutboxProperties() {
    }

    static OutboxProperties of(Map<String, OutboxProperties.ChannelLimits> channels, OutboxProperties.Retry retry, Duration lease,
                               Integer batchSize, Integer senderThreads, Duration idlePoll, Duration flushInterval, boolean autoStart) {
        OutboxProperties d = OutboxProperties.defaults();
        return new OutboxProperties(channels, retry != null ? retry : d.retry(), lease != null ? lease : d.lease(),
                batchSize != null ? batchSize : d.batchSize(), senderThreads != null ? senderThreads : d.senderThreads(),
                idlePoll != null ? idlePoll : d.idlePoll(), flushInterval != null ? flushInterval : d.flushInterval(), autoStart);
    }
}
