package vn.doan.nhacviec.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allowed dependencies inside the bot: channels (console, Telegram, Zalo) reach the bot only
 * through the channel boundary, the conversation's entry point and the command declarations (for
 * menus), never a command's internals; nothing else reaches into a channel.
 */
class DependencyRulesTest {

    private static final String[] CHANNELS = {"..bot.console..", "..bot.telegram..", "..bot.zalo.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.doan.nhacviec");
    }

    @Test
    void channelsUseOnlyTheBoundaryOfTheBot() {
        noClasses().that().resideInAnyPackage(CHANNELS)
                .should().dependOnClassesThat().resideInAnyPackage("..bot.answer..", "..bot.items..", "..bot.reply..",
                        "..bot.tree..", "..bot.welcome..", "..bot.reminder..", "..bot.admin..", "..bot.broadcast..", "..bot.report..")
                .check(classes);
    }

    @Test
    void nothingOutsideAChannelReachesIntoIt() {
        for (String channel : CHANNELS) {
            noClasses().that().resideOutsideOfPackage(channel)
                    .should().dependOnClassesThat().resideInAPackage(channel)
                    .check(classes);
        }
    }

    @Test
    void channelsDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("..bot.telegram..").should().dependOnClassesThat().resideInAnyPackage("..bot.zalo..", "..bot.console..")
                .check(classes);
        noClasses().that().resideInAPackage("..bot.zalo..").should().dependOnClassesThat().resideInAnyPackage("..bot.telegram..", "..bot.console..")
                .check(classes);
    }

    @Test
    void modulesDependOneWay() {
        noClasses().that().resideInAPackage("vn.doan.nhacviec.data..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.doan.nhacviec.scheduler..", "vn.doan.nhacviec.bot..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.doan.nhacviec.scheduler..")
                .should().dependOnClassesThat().resideInAPackage("vn.doan.nhacviec.bot..")
                .check(classes);
    }
}
