package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ZaloPropertiesTest {

    @Test
    void defaultsToTheZaloPlatformAndLongPolling() {
        ZaloProperties properties = properties(null, null, null);
        assertThat(properties.apiUrl()).isEqualTo("https://bot-api.zaloplatforms.com");
        assertThat(properties.webhookMode()).isFalse();
        assertThat(properties.webhookPath()).isEqualTo("/zalo/webhook");
    }

    @Test
    void theWebhookSecretIsDerivedFromTheTokenWhenUnsetStableAndNotTheToken() {
        String derived = properties("https://bot.example.org/zalo/webhook", null, null).effectiveWebhookSecret();
        assertThat(derived).hasSizeBetween(8, 256).isEqualTo(properties(null, null, null).effectiveWebhookSecret())
                .doesNotContain(FakeZaloServer.TOKEN.substring(FakeZaloServer.TOKEN.indexOf(':') + 1));
        assertThat(properties("https://bot.example.org/zalo/webhook", "my-own-secret", null).effectiveWebhookSecret()).isEqualTo("my-own-secret");
    }

    @Test
    void badValuesStopTheStartWithAClearMessage() {
        assertThatThrownBy(() -> properties(null, "short", null)).hasMessageContaining("ZALO_WEBHOOK_SECRET");
        assertThatThrownBy(() -> properties("bot.example.org/hook", null, null)).hasMessageContaining("ZALO_WEBHOOK_URL");
        assertThatThrownBy(() -> properties(null, null, "files")).hasMessageContaining("PUBLIC_BASE_URL");
    }

    @Test
    void printingTheSettingsNeverShowsTheTokenOrSecret() {
        String printed = properties("https://bot.example.org/zalo/webhook", "my-own-secret", null).toString();
        assertThat(printed).doesNotContain(FakeZaloServer.TOKEN).doesNotContain("my-own-secret").contains("token=set");
    }

    private static ZaloProperties properties(String webhookUrl, String secret, String publicBase) {
        return new ZaloProperties(FakeZaloServer.TOKEN, "", webhookUrl, secret, "/zalo/webhook", publicBase, Duration.ofSeconds(30),
                Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    }
}
