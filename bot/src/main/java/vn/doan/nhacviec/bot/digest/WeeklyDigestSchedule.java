package vn.doan.nhacviec.bot.digest;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.staff.PeriodicTrigger;
import vn.doan.nhacviec.bot.staff.StaffProperties;

/** Calls {@link WeeklyDigest#runAt} every {@code nhacviec.staff.triggers.interval}, unless {@code nhacviec.staff.triggers.enabled=false}. */
@Configuration(proxyBeanMethods = false)
class WeeklyDigestSchedule {

    @Bean
    @ConditionalOnProperty(name = "nhacviec.staff.triggers.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicTrigger weeklyDigestTrigger(WeeklyDigest digest, StaffProperties properties, Clock clock) {
        return new PeriodicTrigger("weekly-digest", properties.triggers().interval(), () -> digest.runAt(clock.instant()));
    }
}
