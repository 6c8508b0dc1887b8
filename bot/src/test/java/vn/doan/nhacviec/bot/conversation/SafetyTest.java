package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.bot.support.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;

/** What protects the bot from its input: rate limit, length limit, groups, unbound chats, and logs without personal data. */
@BotApplicationTest
@Import(SafetyTest.FailingCommand.class)
@ExtendWith(OutputCaptureExtension.class)
class SafetyTest {

    @Autowired
    Terminal terminal;
    @Autowired
    ConversationService conversation;
    @Autowired
    ChatRepository chats;
    @Autowired
    MutableClock clock;

    @AfterEach
    void today() {
        clock.set(BotTestConfiguration.START);
    }

    @Test
    void twentyMessagesAMinuteThenAPoliteAnswerThenAgainAfterAMinute() {
        terminal.flush();
        for (int i = 0; i < 20; i++) {
            assertThat(text(terminal.as("fast", "fast", "/help"))).startsWith("Các lệnh bạn dùng được");
        }
        assertThat(text(terminal.as("fast", "fast", "/help"))).isEqualTo("Bạn gửi hơi nhanh, vui lòng đợi một phút rồi thử lại.");
        assertThat(text(terminal.as("calm", "calm", "/help"))).as("others are not slowed down").startsWith("Các lệnh");
        clock.advance(Duration.ofMinutes(1));
        assertThat(text(terminal.as("fast", "fast", "/help"))).startsWith("Các lệnh bạn dùng được");
    }

    @Test
    void aTooLongMessageIsRefusedBeforeAnythingElse() {
        assertThat(text(terminal.as("long", "long", "/themdv " + "x".repeat(2000)))).isEqualTo("Tin nhắn quá dài (tối đa 2.000 ký tự).");
    }

    @Test
    void inGroupsOnlyWhatIsAddressedToTheBotIsRead() {
        conversation.handle(new Inbound("console", "group-quiet", Chat.ChatKind.GROUP, "Nhóm", "member", "member", null, "/help", null, null, false));
        assertThat(terminal.flush()).isEmpty();
        assertThat(chats.find("console", "group-quiet")).isEmpty();
    }

    @Test
    void aChatBoundToNoUnitSeesOnlyStartAndHelp() {
        String help = text(terminal.as("nobody", "nobody", "/help"));
        assertThat(help).contains("/start").contains("/help").doesNotContain("/themdv").doesNotContain("/nghiavu").doesNotContain("/saoluu");
        assertThat(text(terminal.as("nobody", "nobody", "/nhatky"))).contains("chưa gắn với đơn vị nào");
    }

    @Test
    void aFailureIsLoggedWithoutTheMessageOrWhatTheExceptionSaysAboutIt(CapturedOutput log) {
        assertThat(text(terminal.as("oops", "oops", "/hong Nguyễn Văn Bí Mật 0912345678"))).startsWith("Xin lỗi, có lỗi xảy ra");
        assertThat(log.getOut()).contains("Failed to handle a message on console (java.lang.IllegalStateException at ")
                .doesNotContain("Bí Mật").doesNotContain("0912345678");
    }

    private static String text(List<vn.doan.nhacviec.bot.support.CapturingSender.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0).message().text();
    }

    /** A command that fails with the caller's text in its exception message. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingCommand {
        @Bean
        BotCommand failing() {
            return new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return CommandSpec.of("hong", "broken", Access.ANYONE).hidden();
                }

                @Override
                public void handle(CommandContext context) {
                    throw new IllegalStateException("cannot handle " + context.args());
                }
            };
        }
    }
}
