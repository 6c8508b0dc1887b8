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
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/** What protects the bot from its input: rate limit, length limit, groups, unbound chats, and logs without personal data. */
@BotApplicationTest
@Import(SafetyTest.FailingCommand.class)
@ExtendWith(OutputCaptureExtension.class)
class SafetyTest {

    @Autowired
    Terminal terminal;
    @Autowired
    vn.doan.nhacviec.data.status.StatusLogRepository statusLog;
    @Autowired
    ConversationService conversation;
    @Autowired
    ChatRepository chats;
    @Autowired
    MutableClock clock;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    MessengerInbox messenger;

    @AfterEach
    void today() {
        clock.set(BotTestConfiguration.START);
    }

    @Test
    void twentyMessagesAMinuteFromAMessengerUserThenAPoliteAnswerThenAgainAfterAMinute() {
        for (int i = 0; i < 20; i++) {
            assertThat(onMessenger("1001", "/help")).startsWith("Các lệnh bạn dùng được");
        }
        assertThat(onMessenger("1001", "/help")).isEqualTo("Bạn gửi hơi nhanh, vui lòng đợi một phút rồi thử lại.");
        assertThat(onMessenger("1002", "/help")).as("others are not slowed down").startsWith("Các lệnh");
        clock.advance(Duration.ofMinutes(1));
        assertThat(onMessenger("1001", "/help")).startsWith("Các lệnh bạn dùng được");
    }

    @Test
    void theQuestionWhichItemAnAnswerIsAboutIsCancelledToo() {
        terminal.flush();
        long before = statusLog.count();
        assertThat(terminal.answer("xong")).startsWith("Bạn trả lời «xong» cho việc nào?");
        assertThat(terminal.answer("/huy")).isEqualTo("Đã hủy. Không có gì được lưu.");
        // the question is closed: its number now only shows the item's answers
        assertThat(terminal.answer("2")).startsWith("📌 ");
        assertThat(statusLog.count()).isEqualTo(before);
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

    private String onMessenger(String user, String text) {
        conversation.handle(Inbound.privateText("messenger", user, user, "Người dùng " + user, text));
        dispatcher.drain();
        List<String> sent = messenger.take();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static String text(List<vn.doan.nhacviec.bot.support.CapturingSender.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0).message().text();
    }

    /** A command that fails with the caller's text in its exception message, and a messenger channel that keeps what it is sent. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingCommand {
        @Bean
        MessengerInbox messengerInbox() {
            return new MessengerInbox();
        }

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

    /** Keeps the texts sent on a messenger channel the outbox does not rate-limit (a separate type, so the terminal's capturing sender stays the only one). */
    static class MessengerInbox implements vn.doan.nhacviec.scheduler.outbox.MessageSender {

        private final List<String> texts = new java.util.ArrayList<>();

        @Override
        public String channel() {
            return "messenger";
        }

        @Override
        public synchronized vn.doan.nhacviec.scheduler.outbox.SendOutcome send(Chat chat, vn.doan.nhacviec.data.outbox.OutgoingMessage message,
                                                                             String editPlatformMessageId) {
            texts.add(message.text());
            return new vn.doan.nhacviec.scheduler.outbox.SendOutcome.Sent(String.valueOf(texts.size()));
        }

        synchronized List<String> take() {
            List<String> copy = List.copyOf(texts);
            texts.clear();
            return copy;
        }
    }
}
