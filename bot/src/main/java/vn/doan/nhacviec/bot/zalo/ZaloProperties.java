package vn.doan.nhacviec.bot.zalo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

/**
 * The Zalo channel's settings ({@code nhacviec.zalo.*}); config/application.yml maps the environment
 * variables {@code ZALO_BOT_TOKEN}, {@code ZALO_API_URL}, {@code ZALO_WEBHOOK_URL},
 * {@code ZALO_WEBHOOK_SECRET} and {@code PUBLIC_BASE_URL} onto them.
 *
 * @param token            the bot token from Zalo Bot Manager ({@code <bot_id>:<secret>}); the channel runs when set
 * @param apiUrl           the Bot API address
 * @param webhookUrl       the public HTTPS address Zalo posts updates to; empty for long polling
 * @param webhookSecret    8 to 256 characters Zalo sends back in {@code X-Bot-Api-Secret-Token};
 *                         empty: derived from the token (stable across restarts and instances)
 * @param webhookPath      the path this application receives webhook calls on; {@code webhookUrl}
 *                         must lead there
 * @param publicBaseUrl    the public address of this application, for photo links Zalo fetches;
 *                         empty: photos are replaced by a note
 * @param pollTimeout      how long one getUpdates call waits for a message
 * @param requestTimeout   how long any other call may take
 * @param retryMin         the first pause after a failed poll; doubled on each failure in a row
 * @param retryMax         the longest pause between failed polls
 * @param fileLinkValidity how long a photo link works
 */
@Validated
@ConfigurationProperties("nhacviec.zalo")
public record ZaloProperties(
        String token,
        @DefaultValue(DEFAULT_API_URL) String apiUrl,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("/zalo/webhook") @NotBlank String webhookPath,
        String publicBaseUrl,
        @DefaultValue("30s") @NotNull @PositiveDuration Duration pollTimeout,
        @DefaultValue("20s") @NotNull @PositiveDuration Duration requestTimeout,
        @DefaultValue("1s") @NotNull @PositiveDuration Duration retryMin,
        @DefaultValue("1m") @NotNull @PositiveDuration Duration retryMax,
        @DefaultValue("1h") @NotNull @PositiveDuration Duration fileLinkValidity) {

    static final String DEFAULT_API_URL = "https://bot-api.zaloplatforms.com";

    // the values come from environment variables, where empty means unset
    public ZaloProperties {
        token = blankToNull(token);
        apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.strip();
        webhookUrl = blankToNull(webhookUrl);
        webhookSecret = blankToNull(webhookSecret);
        webhookPath = webhookPath == null ? null : webhookPath.strip();
        publicBaseUrl = blankToNull(publicBaseUrl);
        if (webhookUrl != null && !isHttpUrl(webhookUrl)) {
            throw new IllegalArgumentException("ZALO_WEBHOOK_URL must be an absolute HTTPS address, e.g. https://bot.example.org/zalo/webhook");
        }
        if (publicBaseUrl != null && !isHttpUrl(publicBaseUrl)) {
            throw new IllegalArgumentException("PUBLIC_BASE_URL must be an absolute HTTP(S) address, e.g. https://bot.example.org");
        }
        if (webhookSecret != null && (webhookSecret.length() < 8 || webhookSecret.length() > 256)) {
            throw new IllegalArgumentException("ZALO_WEBHOOK_SECRET must have 8 to 256 characters");
        }
    }

    boolean webhookMode() {
        return webhookUrl != null;
    }

    Optional<String> publicBase() {
        return Optional.ofNullable(publicBaseUrl).map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The secret to register with the webhook and to expect back. */
    String effectiveWebhookSecret() {
        return webhookSecret != null ? webhookSecret : ZaloSecrets.derivedText(token, "webhook-secret");
    }

    private static boolean isHttpUrl(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Never prints the token or the secret. */
    @Override
    public String toString() {
        return "ZaloProperties[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", webhookPath=" + webhookPath
                + ", publicBaseUrl=" + publicBaseUrl + ", token=" + (token == null ? "unset" : "set")
                + ", webhookSecret=" + (webhookSecret == null ? "derived" : "set") + "]";
    }
}
