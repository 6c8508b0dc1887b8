package vn.doan.nhacviec.scheduler.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

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
@Validated
@ConfigurationProperties("nhacviec.retention")
public record RetentionProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("0 15 3 * * ?") @NotBlank String cron,
                                  @DefaultValue("90d") @NotNull @PositiveDuration Duration sentAge,
                                  @PositiveDuration Duration auditAge,
                                  @PositiveDuration Duration statusLogAge,
                                  @DefaultValue("500") @Positive int batchSize) {
}
