package vn.doan.nhacviec.bot.zalo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The bean exists only when a Zalo bot token is configured ({@code nhacviec.zalo.token}, from {@code ZALO_BOT_TOKEN}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ConditionalOnZalo.TokenSet.class)
@interface ConditionalOnZalo {

    /** An empty value counts as unset, which {@code @ConditionalOnProperty} would not do. */
    class TokenSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("nhacviec.zalo.token");
            return token != null && !token.isBlank();
        }
    }
}
