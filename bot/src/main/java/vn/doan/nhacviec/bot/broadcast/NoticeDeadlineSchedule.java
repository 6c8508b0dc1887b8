package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTask;
import vn.doan.nhacviec.bot.staff.StaffProperties;

/** Looks for passed response deadlines every {@code nhacviec.staff.triggers.interval}, unless {@code nhacviec.staff.triggers.enabled=false}. */
@Configuration(proxyBeanMethods = false)
class NoticeDeadlineSchedule {

    @Bean
    @ConditionalOnProperty(name = "nhacviec.staff.triggers.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicTask noticeDeadlineTrigger(NoticeDeadlines deadlines, StaffProperties properties, Clock clock) {
        return PeriodicTask.every("notice-deadlines", properties.triggers().interval(), () -> deadlines.runAt(clock.instant()));
    }
}
