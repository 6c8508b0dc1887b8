package vn.doan.nhacviec.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One policy for every setting: a bad value stops the start, and what the start prints names the
 * key and the reason (Spring Boot's failure analysis of the validated settings records).
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
        return new SpringApplicationBuilder(SettingsConfiguration.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.file.name=", "logging.threshold.console=INFO", setting)
                .run();
    }
}
