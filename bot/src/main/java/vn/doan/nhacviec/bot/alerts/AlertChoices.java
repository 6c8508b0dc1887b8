package vn.doan.nhacviec.bot.alerts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import java.time.Clock;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTask;
import vn.doan.nhacviec.bot.staff.StaffProperties;

/** The buttons of {@code /nhantin}, and the timer of the daily summary of undelivered notices. */
@Configuration(proxyBeanMethods = false)
class AlertChoices {

    @Bean
    ChoiceHandler alertSwitch(AlertsCommand command) {
        return new ChoiceHandler() {
            @Override
            public String prefix() {
                return AlertsCommand.PREFIX;
            }

            @Override
            public void handle(Caller caller, String value, Long messageOutboxId) {
                command.choose(caller, value);
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "nhacviec.staff.triggers.enabled", havingValue = "true", matchIfMissing = true)
    PeriodicTask undeliveredSummaryTrigger(UndeliveredSummary summary, StaffProperties properties, Clock clock) {
        return PeriodicTask.every("undelivered-summary", properties.triggers().interval(), () -> summary.runAt(clock.instant()));
    }
}
