package vn.doan.nhacviec.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when updates come by webhook ({@code TELEGRAM_WEBHOOK_URL}) rather than by long polling. */
class TelegramWebhookConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("nhacviec.telegram.webhook-url");
        return url != null && !url.isBlank();
    }
}
