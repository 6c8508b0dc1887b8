package vn.doan.nhacviec.bot.channel;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings every channel shares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebhookProperties.class, PollingLeaseProperties.class})
class ChannelSettings {
}
