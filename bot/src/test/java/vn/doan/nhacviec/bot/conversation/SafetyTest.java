package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
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
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/** What protects the bot from its input: rate limit, length limit, groups, unbound chats, and logs without personal data. */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
// the production limit (the shared test application lifts it)
@TestPropertySource(properties = "nhacviec.safety.commands-per-minute=20")
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
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void aFloodOfTwoHundredMessagesIsWarnedOnceAndTheDroppedOnesWriteNothing() {
        messenger.take();
        long chatsBefore = rows("chat");
        long peopleBefore = rows("person");
        for (int i = 0; i < 200; i++) {
            conversation.handle(Inbound.privateText("messenger", "3001", "3001", "Người lũ", "/help"));
        }
        dispatcher.drain();
        List<String> sent = messenger.take();
        assertThat(sent.stream().filter(t -> t.startsWith("Các lệnh bạn dùng được"))).hasSize(20);
        assertThat(sent.stream().filter(t -> t.startsWith("Bạn gửi hơi nhanh"))).hasSize(1);
        assertThat(sent).hasSize(21);
        assertThat(rows("chat")).as("the first message records the chat once").isEqualTo(chatsBefore + 1);
        assertThat(rows("person")).isEqualTo(peopleBefore + 1);
        assertThat(rows("outbox_message WHERE chat_id = (SELECT id FROM chat WHERE channel = 'messenger' AND chat_ref = '3001')"))
                .as("nothing queued for the dropped messages").isEqualTo(21);

        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 50; i++) {
            conversation.handle(Inbound.privateText("messenger", "3001", "3001", "Người lũ", "/help"));
        }
        dispatcher.drain();
        assertThat(messenger.take().stream().filter(t -> t.startsWith("Bạn gửi hơi nhanh"))).as("not again within the minute").isEmpty();

        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 50; i++) {
            conversation.handle(Inbound.privateText("messenger", "3001", "3001", "Người lũ", "/help"));
        }
        dispatcher.drain();
        assertThat(messenger.take().stream().filter(t -> t.startsWith("Bạn gửi hơi nhanh"))).as("once in the next minute").hasSize(1);
    }

    @Test
    void aNewUserWhoseRowsAreGoneIsNotRecordedByADroppedMessage() {
        for (int i = 0; i < 20; i++) {
            assertThat(onMessenger("3002", "/help")).startsWith("Các lệnh");
        }
        long chatsBefore = rows("chat");
        long peopleBefore = rows("person");
        conversation.handle(Inbound.privateText("messenger", "other-chat", "3002", "Người lũ", "/help"));
        dispatcher.drain();
        assertThat(messenger.take()).as("an unknown chat gets no warning: it would need a row").isEmpty();
        assertThat(rows("chat")).isEqualTo(chatsBefore);
        assertThat(rows("person")).isEqualTo(peopleBefore);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
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
