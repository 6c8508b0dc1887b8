package vn.doan.nhacviec.bot.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.demo.DemoClock;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The one clock of the application, in Vietnam time. It is a {@link DemoClock} (the system clock
 * plus an offset that only the terminal demo moves), so all code is written against an injected
 * clock and tests travel in time without sleeping.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId VIETNAM = VietnamTime.ZONE;

    @Bean
    DemoClock clock() {
        return new DemoClock(Clock.system(VIETNAM));
    }
}
