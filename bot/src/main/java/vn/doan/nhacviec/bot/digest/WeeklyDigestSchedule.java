package vn.doan.nhacviec.bot.digest;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTask;
import vn.doan.nhacviec.bot.staff.StaffProperties;

/** A Quartz job calls {@link WeeklyDigest#runAt} every {@code nhacviec.staff.triggers.interval}, unless {@code nhacviec.staff.triggers.enabled=false}. */
@Configuration(proxyBeanMethods = false)
class WeeklyDigestSchedule {

    @Bean
    @ConditionalOnProperty(name = "nhacviec.staff.triggers.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicTask weeklyDigestTrigger(WeeklyDigest digest, StaffProperties properties, Clock clock) {
        return PeriodicTask.every("weekly-digest", properties.triggers().interval(), () -> digest.runAt(clock.instant()));
    }
}
