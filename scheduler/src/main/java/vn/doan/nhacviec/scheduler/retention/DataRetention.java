package vn.doan.nhacviec.scheduler.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.data.retention.RetentionRepository;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTask;

/**
 * The daily retention run: keeps the database bounded (the outbox, its message items and the
 * reminder marks otherwise grow with every message, 15–60 GB a year nationally). Deletes batch by
 * batch, each in its own short transaction, so the bot keeps sending meanwhile.
 */
public class DataRetention {

    private static final Logger log = LoggerFactory.getLogger(DataRetention.class);

    private final RetentionRepository repository;
    private final RetentionProperties properties;

    public DataRetention(RetentionRepository repository, RetentionProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /** How many rows each part deleted. */
    public record Deleted(int outbox, int reminderMarks, int audit, int statusLog) {
    }

    public Deleted runAt(Instant now) {
        int outbox = all(now, properties.sentAge(), repository::deleteSentOutbox);
        int marks = all(now, properties.sentAge(), repository::deleteHandledReminders);
        int audit = properties.auditAge() == null ? 0 : all(now, properties.auditAge(), repository::deleteAudit);
        int statusLog = properties.statusLogAge() == null ? 0 : all(now, properties.statusLogAge(), repository::deleteStatusLog);
        Deleted deleted = new Deleted(outbox, marks, audit, statusLog);
        log.info("Retention: deleted {}", deleted);
        return deleted;
    }

    private int all(Instant now, Duration age, Batch batch) {
        Instant before = now.minus(age);
        int limit = properties.batchSize();
        int total = 0;
        for (int deleted = batch.delete(before, limit); ; deleted = batch.delete(before, limit)) {
            total += deleted;
            if (deleted < limit) {
                return total;
            }
        }
    }

    @FunctionalInterface
    private interface Batch {
        int delete(Instant before, int limit);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionProperties.class)
    static class Wiring {

        @Bean
        DataRetention dataRetention(RetentionRepository repository, RetentionProperties properties) {
            return new DataRetention(repository, properties);
        }

        @Bean
        @ConditionalOnProperty(name = "nhacviec.retention.enabled", havingValue = "true", matchIfMissing = true)
        PeriodicTask retentionTask(DataRetention retention, RetentionProperties properties, Clock clock) {
            return PeriodicTask.cron("retention", properties.cron(), () -> retention.runAt(clock.instant()));
        }
    }
}
