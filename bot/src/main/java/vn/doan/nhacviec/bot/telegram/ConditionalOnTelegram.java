package vn.doan.nhacviec.bot.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** A bean of the Telegram channel: created only when {@code nhacviec.telegram.token} is set. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(TelegramConfigured.class)
@interface ConditionalOnTelegram {
}
