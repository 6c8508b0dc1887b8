package vn.doan.nhacviec.bot.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when a bot token is configured ({@code TELEGRAM_BOT_TOKEN}, mapped to {@code nhacviec.telegram.token}). */
class TelegramConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("nhacviec.telegram.token");
        return token != null && !token.isBlank();
    }
}
