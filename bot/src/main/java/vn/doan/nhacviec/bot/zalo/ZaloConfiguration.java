package vn.doan.nhacviec.bot.zalo;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.zalo.api.ZaloBotApi;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;

@Configuration(proxyBeanMethods = false)
@ConditionalOnZalo
@EnableConfigurationProperties(ZaloProperties.class)
class ZaloConfiguration {

    @Bean
    ZaloBotApi zaloBotApi(ZaloProperties properties, ReminderProperties reminders) {
        if (reminders.jobs().clustered() && properties.webhookMode() && properties.webhookSecret() == null) {
            // every instance accepts the webhook: they must all check the same, stated secret
            throw new IllegalStateException("Clustered (nhacviec.reminders.jobs.clustered=true) with a Zalo webhook: "
                    + "set ZALO_WEBHOOK_SECRET (nhacviec.zalo.webhook-secret), the same on every instance");
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new ZaloBotApi(properties.apiUrl(), properties.token(), http, properties.requestTimeout());
    }
}
