package vn.doan.nhacviec.bot.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot reaches Telegram ({@code nhacviec.telegram.*}, from the environment through
 * config/application.yml).
 *
 * @param token         from BotFather; secret: never logged
 * @param apiUrl        the Bot API server, {@code scheme://host[:port]} (a self-hosted server, or a fake one in tests)
 * @param webhookUrl    the public HTTPS address Telegram posts updates to; empty for long polling
 * @param webhookSecret the secret Telegram sends with every webhook request; generated at start when empty
 */
@Validated
@ConfigurationProperties("nhacviec.telegram")
record TelegramProperties(String token, @DefaultValue(DEFAULT_API_URL) String apiUrl, String webhookUrl, String webhookSecret) {

    static final String DEFAULT_API_URL = "https://api.telegram.org";

    // the values come from environment variables, where empty means unset
    TelegramProperties {
        apiUrl = blank(apiUrl) ? DEFAULT_API_URL : apiUrl.strip();
        webhookUrl = blank(webhookUrl) ? null : webhookUrl.strip();
        webhookSecret = blank(webhookSecret) ? null : webhookSecret.strip();
    }

    boolean webhookMode() {
        return webhookUrl != null;
    }

    /** The API address as the library takes it: the library uses scheme, host and port only, so a path is refused. */
    TelegramUrl telegramUrl() {
        URI uri;
        try {
            uri = URI.create(apiUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TELEGRAM_API_URL is not a URL: " + apiUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalStateException("TELEGRAM_API_URL must look like https://host[:port], not " + apiUrl);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalStateException("TELEGRAM_API_URL cannot have a path (" + uri.getRawPath() + "): the Bot API is served at its root");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
