package vn.doan.nhacviec.bot.zalo;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.zalo.api.ZaloBotApi;

@Configuration(proxyBeanMethods = false)
@ConditionalOnZalo
@EnableConfigurationProperties(ZaloProperties.class)
class ZaloConfiguration {

    @Bean
    ZaloBotApi zaloBotApi(ZaloProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new ZaloBotApi(properties.apiUrl(), properties.token(), http, properties.requestTimeout());
    }
}
