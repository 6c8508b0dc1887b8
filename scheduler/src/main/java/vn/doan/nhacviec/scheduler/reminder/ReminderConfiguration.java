package vn.doan.nhacviec.scheduler.reminder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
public class ReminderConfiguration {

    /** Checked at start-up: a wrong key stops the start with a message naming it. */
    @Bean
    ReminderSettings reminderSettings(ReminderProperties properties) {
        return new ReminderSettings(properties);
    }
}
