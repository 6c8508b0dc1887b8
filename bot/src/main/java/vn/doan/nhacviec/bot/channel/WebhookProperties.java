package vn.doan.nhacviec.bot.channel;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The messengers' webhook calls ({@code nhacviec.webhook.*}).
 *
 * @param maxBodyBytes a Telegram or Zalo webhook call with a bigger body is refused (413), read no further
 */
@Validated
@ConfigurationProperties("nhacviec.webhook")
public record WebhookProperties(@DefaultValue("" + WebhookBody.DEFAULT_MAX_BYTES) @Positive long maxBodyBytes) {
}
