package vn.doan.nhacviec.bot.admin.unit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Where the official map is read from, enabled inside its own module: nothing outside it needs to see it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapProperties.class)
class MapConfiguration {
}
