package vn.doan.nhacviec.bot.telegram;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client, pointed at the configured server (api.telegram.org unless TELEGRAM_API_URL says otherwise). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    @Bean
    TokenMask telegramTokenMask(TelegramProperties properties) {
        return new TokenMask(properties.token());
    }

    @Bean(destroyMethod = "close")
    TelegramHttp telegramHttp(TokenMask mask) {
        return new TelegramHttp(mask);
    }

    @Bean
    TelegramClient telegramClient(TelegramHttp http, TelegramProperties properties) {
        return new OkHttpTelegramClient(http.calls(), properties.token(), properties.telegramUrl());
    }

    @Bean
    CurrentBot currentTelegramBot() {
        return new CurrentBot();
    }
}
