package vn.doan.nhacviec.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} with every webhook request:
 * the configured one, or a random one for this run (set TELEGRAM_WEBHOOK_SECRET when several
 * instances share a bot: the last setWebhook wins).
 */
@Component
@ConditionalOnTelegram
class WebhookSecret {

    private static final java.util.regex.Pattern ALLOWED = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final String secret;

    WebhookSecret(TelegramProperties properties) {
        if (properties.webhookSecret() == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else if (ALLOWED.matcher(properties.webhookSecret()).matches()) {
            this.secret = properties.webhookSecret();
        } else {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_SECRET may hold 1 to 256 characters of A-Z a-z 0-9 _ - only");
        }
    }

    String value() {
        return secret;
    }

    /** Compared in constant time. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
