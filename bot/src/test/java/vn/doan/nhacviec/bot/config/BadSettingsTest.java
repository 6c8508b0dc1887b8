package vn.doan.nhacviec.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One policy for every setting: a bad value stops the start, and what the start prints names the
 * key and the reason (Spring Boot's failure analysis of the validated settings records). Every
 * settings record of the application is bound here, the channels' and the scheduler's included.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nhacviec.safety.commands-per-minute=0    | nhacviec.safety.commands-per-minute | must be greater than 0",
            "nhacviec.uploads.max-bytes=-1            | nhacviec.uploads.max-bytes          | must be greater than 0",
            "nhacviec.backup.keep=0                   | nhacviec.backup.keep                | must be greater than 0",
            "nhacviec.invites.valid-days=-7           | nhacviec.invites.valid-days         | must be greater than 0",
            "nhacviec.catalog.dir=                    | nhacviec.catalog.dir                | must not be blank",
            "nhacviec.dialogs.timeout=soon            | nhacviec.dialogs.timeout            | soon",
            "nhacviec.dialogs.timeout=0s              | nhacviec.dialogs                    | must be longer than zero",
            "nhacviec.evidence.pending-window=-5m     | nhacviec.evidence                   | must be longer than zero",
            "nhacviec.staff.digest.day=FRYDAY         | nhacviec.staff.digest.day           | FRYDAY",
            "nhacviec.staff.digest.time=25:00         | nhacviec.staff.digest.time          | 25:00",
            "nhacviec.staff.triggers.interval=0s      | nhacviec.staff.triggers.interval    | must be longer than zero",
            "nhacviec.outbox.batch-size=0             | nhacviec.outbox.batch-size          | must be greater than 0",
            "nhacviec.outbox.lease=-1m                | nhacviec.outbox.lease               | must be longer than zero",
            "nhacviec.outbox.retry.jitter=1.5         | nhacviec.outbox.retry.jitter        | must be less than 1",
            "nhacviec.outbox.channels.zalo.overall-per-second=-1 | nhacviec.outbox.channels[zalo]   | must be greater than or equal to 0",
            "nhacviec.database.pool-size=0            | nhacviec.database.pool-size         | must be greater than 0",
            "nhacviec.zalo.poll-timeout=0s            | nhacviec.zalo.poll-timeout          | must be longer than zero",
            "nhacviec.zalo.webhook-secret=short       | nhacviec.zalo                       | ZALO_WEBHOOK_SECRET must have 8 to 256 characters",
            "nhacviec.webhook.max-body-bytes=0        | nhacviec.webhook.max-body-bytes     | must be greater than 0",
            "nhacviec.polling-lease.renew-every=30s   | nhacviec.polling-lease              | renew-every must be shorter than ttl",
            "nhacviec.inbound.threads=-1              | nhacviec.inbound.threads            | must be greater than or equal to 0",
            "nhacviec.inbound.working-notice-after=-1s | nhacviec.inbound                   | must not be negative",
            "nhacviec.map.file=                       | nhacviec.map.file                   | must not be blank",
            "nhacviec.workers.check-every=0s          | nhacviec.workers.check-every        | must be longer than zero",
            "nhacviec.retention.sent-age=0d           | nhacviec.retention.sent-age         | must be longer than zero",
            "nhacviec.retention.audit-age=-1d         | nhacviec.retention.audit-age        | must be longer than zero",
            "nhacviec.reminders.window-start=7h30     | nhacviec.reminders.window-start     | 7h30",
            "nhacviec.reminders.max-items-per-message=0 | nhacviec.reminders.max-items-per-message | must be greater than 0",
            "nhacviec.reminders.jobs.cron-zone=Mars/Base | nhacviec.reminders.jobs.cron-zone | Mars/Base",
            "nhacviec.retention.batch-size=0          | nhacviec.retention.batch-size       | must be greater than 0",
    })
    void aBadValueStopsTheStartWithTheKeyAndTheReason(String setting, String key, String reason, CapturedOutput output) {
        assertThatThrownBy(() -> start(setting)).isInstanceOf(RuntimeException.class);
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START").contains(key).contains(reason);
    }

    @Test
    void theDefaultsStart() {
        start("nhacviec.safety.commands-per-minute=20").close();
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String setting) {
        return new SpringApplicationBuilder(AllSettings.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.file.name=", "logging.threshold.console=INFO")
                .run("--" + setting); // an argument: the test resources' application.properties would override a default property
    }

    @ConfigurationPropertiesScan("vn.doan.nhacviec")
    static class AllSettings {
    }
}
