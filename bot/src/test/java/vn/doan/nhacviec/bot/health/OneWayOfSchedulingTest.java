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
 * store then covers it. The Telegram library's long polling needs a scheduled executor; that is
 * not periodic work of ours.
 */
class OneWayOfSchedulingTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.doan.nhacviec");

    @Test
    void noOtherTimers() {
        noClasses().that().doNotHaveFullyQualifiedName("vn.doan.nhacviec.bot.telegram.TelegramPolling")
                .should().dependOnClassesThat().areAssignableTo(ScheduledExecutorService.class)
                .orShould().dependOnClassesThat().areAssignableTo(TaskScheduler.class)
                .orShould().dependOnClassesThat().areAssignableTo(Timer.class)
                .check(MAIN);
        noClasses().should().dependOnClassesThat().areAssignableTo(Scheduled.class).check(MAIN);
    }
}
