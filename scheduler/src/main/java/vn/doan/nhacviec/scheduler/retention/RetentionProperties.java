package vn.doan.nhacviec.scheduler.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the daily retention job deletes ({@code nhacviec.retention.*}).
 *
 * @param enabled       false: nothing is deleted
 * @param cron          when it runs (Quartz cron, in the jobs' zone); 03:15 by default
 * @param sentAge       sent outbox rows, their message items and handled reminder marks older than
 *                      this go (90 days by default)
 * @param auditAge      the audit log older than this goes; empty (the default): kept for good
 * @param statusLogAge  the status log older than this goes; empty (the default): kept for good.
 *                      Occurrences are always kept: they are the history of every report.
 * @param batchSize     rows per transaction
 */
@ConfigurationProperties("nhacviec.retention")
public record RetentionProperties(Boolean enabled, String cron, Duration sentAge, Duration auditAge, Duration statusLogAge,
                                  Integer batchSize) {

    public RetentionProperties {
        enabled = enabled == null || enabled;
        cron = cron == null || cron.isBlank() ? "0 15 3 * * ?" : cron;
        sentAge = sentAge == null ? Duration.ofDays(90) : sentAge;
        batchSize = batchSize == null ? 500 : batchSize;
        requirePositive("nhacviec.retention.sent-age", sentAge);
        if (auditAge != null) {
            requirePositive("nhacviec.retention.audit-age", auditAge);
        }
        if (statusLogAge != null) {
            requirePositive("nhacviec.retention.status-log-age", statusLogAge);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("nhacviec.retention.batch-size must be at least 1, not " + batchSize);
        }
    }

    private static void requirePositive(String key, Duration age) {
        if (age.isZero() || age.isNegative()) {
            throw new IllegalArgumentException(key + " must be a positive duration (e.g. 90d), not " + age);
        }
    }
}
