package vn.doan.nhacviec.bot.health;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Timer;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Periodic work is a Quartz job ({@code PeriodicTask}), never a timer of its own: a clustered job
 * store then covers it. Three timers are not periodic work of ours and stay: the Telegram library's
 * long polling; the polling lease's renewal, which belongs to this instance's poller and lives and
 * dies with it (a shared job would renew the lease of a dead instance); and the per-message
 * «đang xử lý…» watchdog, a one-shot delay of a message being handled.
 */
class OneWayOfSchedulingTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.doan.nhacviec");

    @Test
    void noOtherTimers() {
        noClasses().that().doNotHaveFullyQualifiedName("vn.doan.nhacviec.bot.telegram.TelegramPolling")
                .and().doNotHaveFullyQualifiedName("vn.doan.nhacviec.bot.channel.PollingLeases")
                .and().doNotHaveFullyQualifiedName("vn.doan.nhacviec.bot.conversation.WorkingNotice")
                .should().dependOnClassesThat().areAssignableTo(ScheduledExecutorService.class)
                .orShould().dependOnClassesThat().areAssignableTo(TaskScheduler.class)
                .orShould().dependOnClassesThat().areAssignableTo(Timer.class)
                .check(MAIN);
        noClasses().should().dependOnClassesThat().areAssignableTo(Scheduled.class).check(MAIN);
    }
}
