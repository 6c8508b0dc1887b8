package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.answer.AnswerCode;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusUpdate;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/**
 * The whole application with the Zalo channel polling an in-process fake Zalo Bot API: what a
 * secretary writes on Zalo reaches the conversation, and what the outbox holds reaches Zalo.
 */
@SpringBootTest(properties = {
        "spring.config.import=optional:file:../config/application.yml",
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.demo.units=../config/demo/units.csv",
        "nhacviec.demo.enabled=true",
        "nhacviec.console.enabled=false",
        "nhacviec.outbox.auto-start=false",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name=",
        "logging.threshold.console=INFO",
        "logging.level.vn.doan.nhacviec=DEBUG",
        "nhacviec.zalo.token=" + FakeZaloServer.TOKEN,
        "nhacviec.zalo.poll-timeout=1s",
        "nhacviec.zalo.retry-min=20ms",
        "nhacviec.zalo.retry-max=200ms",
        // the rate limiters measure the test clock, which stands still: with limits, sends would queue up
        "nhacviec.outbox.channels.zalo.per-chat-per-second=0",
        "nhacviec.outbox.channels.zalo.overall-per-second=0",
        "nhacviec.safety.commands-per-minute=1000"
})
@Import({BotTestConfiguration.class, ZaloChannelTest.Setup.class})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ZaloChannelTest {

    static final FakeZaloServer ZALO = new FakeZaloServer();
    static final String BRANCH = "kg-ct-vhh-vp";

    @DynamicPropertySource
    static void zaloApi(DynamicPropertyRegistry registry) {
        registry.add("nhacviec.zalo.api-url", ZALO::url);
    }

    /** The fake server closes with the application; a broadcast-style choice handler records what it is told. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean(destroyMethod = "close")
        FakeZaloServer fakeZalo() {
            return ZALO;
        }

        @Bean
        Acknowledgements acknowledgements() {
            return new Acknowledgements();
        }
    }

    /** A test-only handler for {@code testack:<broadcast>} (the real notices use {@code ack:}) choices. */
    static class Acknowledgements implements ChoiceHandler {

        record Ack(String channel, String userRef, String broadcast) {
        }

        final List<Ack> received = new CopyOnWriteArrayList<>();

        @Override
        public String prefix() {
            return "testack";
        }

        @Override
        public void handle(Caller caller, String value, Long messageOutboxId) {
            received.add(new Ack(caller.chat().channel(), caller.chat().chatRef(), value));
        }
    }

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRepository outboxRows;
    @Autowired
    MessageItemRepository messageItems;
    @Autowired
    InviteRepository invites;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    OpenItems openItems;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    StatusLogRepository statusLog;
    @Autowired
    Messages messages;
    @Autowired
    MutableClock clock;
    @Autowired
    Acknowledgements acknowledgements;

    @BeforeEach
    void sendWhatIsWaiting() {
        dispatcher.drain();
    }

    @Test
    void anInviteCodeSentAsACommandBindsTheZaloUserToTheUnit() {
        Unit branch = units.findByCode(BRANCH).orElseThrow();
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(7));

        List<String> answer = say("zu-onboard", "/ma " + code);

        assertThat(answer).singleElement().asString().startsWith("🎉").contains(branch.name()).contains("bí thư");
        Person person = people.findByIdentity("zalo", "zu-onboard").orElseThrow();
        assertThat(people.activeRoles(person.id())).anySatisfy(role -> {
            assertThat(role.unitId()).isEqualTo(branch.id());
            assertThat(role.role()).isEqualTo(Role.SECRETARY);
        });
        Chat chat = chats.find("zalo", "zu-onboard").orElseThrow();
        assertThat(chats.unitsBoundTo(chat.id())).containsExactly(branch.id());
        assertThat(say("zu-onboard", "/start")).singleElement().asString().contains(branch.name());
    }

    @Test
    void aWrongCodeBindsNothing() {
        assertThat(say("zu-wrong", "/ma ZZZZ-ZZZZ")).singleElement().asString().contains("Mã mời không đúng");
        Person person = people.findByIdentity("zalo", "zu-wrong").orElseThrow();
        assertThat(people.activeRoles(person.id())).isEmpty();
    }

    @Test
    void aReminderNumbersItsItemsThenTheItemsNumberShowsItsAnswersAndAnOptionIsRecorded() {
        String user = "zu-reminder";
        Unit branch = onboardSecretary(user);
        Occurrence item = openItems.of(branch).get(0);
        Chat chat = chats.find("zalo", user).orElseThrow();
        new vn.doan.nhacviec.bot.reminder.ReminderFixtures(context).remind(chat, branch, List.of(item));

        dispatcher.drain();

        // the numbers of a reminder are its items: no numbered answers that a «1» could also mean
        assertThat(last(ZALO.textsTo(user))).startsWith("🔔 Nhắc việc — " + branch.name() + "\n1. ").doesNotContain("Trả lời bằng số");
        assertThat(say(user, "1")).singleElement().asString()
                .endsWith("Trả lời bằng số: 1. ✅ Xong  2. ⏳ Chưa làm  3. 🔔 Nhắc lại mai  4. 📅 Xin hoãn  5. ⚠️ Gặp khó khăn");
        List<String> confirmation = say(user, "1");

        assertThat(confirmation).singleElement().asString().startsWith("✅ Đã ghi nhận");
        StatusUpdate logged = statusLog.latest(item.id()).orElseThrow();
        assertThat(logged.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(logged.personId()).isEqualTo(people.findByIdentity("zalo", user).orElseThrow().id());
        assertThat(logged.chatId()).isEqualTo(chat.id());
    }

    @Test
    void aBroadcastIsAcknowledgedByItsNumberThroughTheChoiceHandler() {
        String user = "zu-broadcast";
        onboardSecretary(user);
        Chat chat = chats.find("zalo", user).orElseThrow();
        outbox.send(chat.id(), MessageKind.NOTICE, new OutgoingMessage("📢 Thông báo của Tỉnh đoàn: hội nghị trực tuyến 8h sáng thứ Hai.",
                List.of(new Choice("👍 Đã nhận", "testack:b42"), new Choice("❓ Cần hỏi thêm", "testack:b42-question")), null, null));
        dispatcher.drain();
        assertThat(last(ZALO.textsTo(user))).endsWith("Trả lời bằng số: 1. 👍 Đã nhận  2. ❓ Cần hỏi thêm");

        ZALO.deliver(ZaloUpdates.text(user, "Chị Lan", "1"));

        awaitUntil("the acknowledgement", () -> !acknowledgements.received.isEmpty());
        assertThat(acknowledgements.received).containsExactly(new Acknowledgements.Ack("zalo", user, "b42"));
    }

    @Test
    void aLongMessageIsSentInPartsOfAtMost2000CharactersCutAtLineEnds() {
        String user = "zu-long";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        String text = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> String.format(Locale.ROOT, "%02d. Chi đoàn số %02d đã báo cáo kết quả sinh hoạt tháng 11 đầy đủ và đúng hạn.", i, i))
                .collect(Collectors.joining("\n"));
        assertThat(text.length()).isGreaterThan(4000);

        outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text(text));
        dispatcher.drain();

        List<String> parts = ZALO.textsTo(user);
        assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(parts.get(1)).startsWith(text.split("\n")[parts.get(0).split("\n").length]);
    }

    @Test
    void aServerErrorIsRetriedThroughTheOutboxAndTheMessageArrivesOnce() {
        String user = "zu-500";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        ZALO.failNextTo("sendMessage", user, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal server error\"}");

        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Nhắc: nộp báo cáo quý IV trước 15/12."));
        dispatcher.drain();

        OutboxEntry waiting = outboxRows.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(OutboxState.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).contains("500");
        assertThat(ZALO.textsTo(user)).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        dispatcher.drain();

        assertThat(outboxRows.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(ZALO.textsTo(user)).containsExactly("Nhắc: nộp báo cáo quý IV trước 15/12.");
    }

    @Test
    void whenALaterPartFailsTheRetrySendsOnlyTheRest() {
        String user = "zu-parts";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        String first = "Phần một: " + "a".repeat(1500);
        String second = "Phần hai: " + "b".repeat(1500);
        ZALO.answerNextTo("sendMessage", user);
        ZALO.failNextTo("sendMessage", user, 503, "{\"ok\":false,\"error_code\":503,\"description\":\"Service unavailable\"}");

        outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text(first + "\n" + second));
        dispatcher.drain();
        assertThat(ZALO.textsTo(user)).containsExactly(first);

        clock.advance(Duration.ofMinutes(15));
        dispatcher.drain();

        assertThat(ZALO.textsTo(user)).containsExactly(first, second);
    }

    @Test
    void tooManyRequestsWaitsWithoutCountingAnAttempt() {
        String user = "zu-429";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        ZALO.failNextTo("sendMessage", user, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too many requests\"}");

        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Chậm lại một chút."));
        dispatcher.drain();

        assertThat(outboxRows.find(id).orElseThrow().attempts()).isZero();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.drain();
        assertThat(ZALO.textsTo(user)).containsExactly("Chậm lại một chút.");
    }

    @Test
    void aUserWhoBlockedTheBotMakesTheChatInactive() {
        String user = "zu-403";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        ZALO.failNextTo("sendMessage", user, 403, "{\"ok\":false,\"error_code\":403,\"description\":\"User has blocked the bot\"}");

        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Bạn còn theo dõi không?"));
        dispatcher.drain();

        assertThat(outboxRows.find(id).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(chats.findById(chat.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void aRefusedMessageFailsWithoutRetry() {
        String user = "zu-400";
        Chat chat = chats.findOrCreate("zalo", user, Chat.ChatKind.PRIVATE, null, "vi");
        ZALO.failNextTo("sendMessage", user, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Invalid chat_id\"}");

        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Không tới được."));
        dispatcher.drain();

        assertThat(outboxRows.find(id).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(chats.findById(chat.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aStickerGetsAPoliteTextOnlyAnswer() {
        ZALO.deliver(ZaloUpdates.sticker("zu-sticker", "Anh Tuấn"));
        assertThat(replies("zu-sticker", 0)).singleElement().asString().isEqualTo(messages.get(Messages.VIETNAMESE, "error.textOnly"));
    }

    @Test
    void updatesAnsweredAsAListAreAllHandled() {
        String user = "zu-list";
        ZALO.deliverAsList(ZaloUpdates.text(user, "Anh Nam", "/start"), ZaloUpdates.text(user, "Anh Nam", "/help"));
        awaitUntil("two answers", () -> {
            dispatcher.drain();
            return ZALO.textsTo(user).size() >= 2;
        });
        assertThat(ZALO.textsTo(user).get(0)).startsWith("Xin chào Anh Nam!");
        assertThat(ZALO.textsTo(user).get(1)).contains("/help");
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() {
        String user = "zu-twice";
        ZALO.deliver(ZaloUpdates.textWithId(user, "Chị Mai", "/start", "dup-1"));
        ZALO.deliver(ZaloUpdates.textWithId(user, "Chị Mai", "/start", "dup-1"));
        ZALO.deliver(ZaloUpdates.textWithId(user, "Chị Mai", "/help", "dup-2"));

        awaitUntil("the answer to the last message", () -> {
            dispatcher.drain();
            return ZALO.textsTo(user).stream().anyMatch(text -> text.contains("/help"));
        });
        assertThat(ZALO.textsTo(user)).filteredOn(text -> text.startsWith("Xin chào")).hasSize(1);
    }

    @Test
    void inAGroupOnlyCommandsMentionsAndOpenChoicesAreForTheBot() {
        String group = "zg-1";
        ZALO.deliver(ZaloUpdates.inGroup(group, "zu-g1", "Anh Bình", "Chào cả nhà, mai họp nhé"));
        ZALO.deliver(ZaloUpdates.inGroup(group, "zu-g1", "Anh Bình", "2"));
        ZALO.deliver(ZaloUpdates.inGroup(group, "zu-g1", "Anh Bình", "/start"));
        assertThat(replies(group, 0)).singleElement().asString().startsWith("Xin chào Anh Bình!");

        ZALO.deliver(ZaloUpdates.inGroup(group, "zu-g2", "Chị Hoa", "@" + FakeZaloServer.BOT_NAME + " /help"));
        assertThat(replies(group, 1)).singleElement().asString().contains("/help");

        Chat chat = chats.find("zalo", group).orElseThrow();
        chats.bind(chat.id(), units.findByCode(BRANCH).orElseThrow().id());
        outbox.send(chat.id(), MessageKind.NOTICE, new OutgoingMessage("📢 Họp chi đoàn tối nay?",
                List.of(new Choice("👍 Đã nhận", "testack:g-7")), null, null));
        // the group's own limit (one message a second) holds the notice back: a number means what was shown
        clock.advance(Duration.ofSeconds(5));
        awaitUntil("the notice in the group", () -> {
            dispatcher.drain();
            return ZALO.textsTo(group).stream().anyMatch(t -> t.startsWith("📢 Họp chi đoàn tối nay?"));
        });
        ZALO.deliver(ZaloUpdates.inGroup(group, "zu-g2", "Chị Hoa", "1"));
        awaitUntil("the acknowledgement in the group", () -> acknowledgements.received.stream().anyMatch(a -> a.broadcast().equals("g-7")));
        assertThat(acknowledgements.received).contains(new Acknowledgements.Ack("zalo", group, "g-7"));
    }

    @Test
    void theTokenNeverAppearsInLogsOrStoredErrors(CapturedOutput output) {
        String echo = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad request for /bot" + FakeZaloServer.TOKEN + "/sendMessage\"}";
        ZALO.failNextTo("sendMessage", "zu-secret", 400, echo);
        ZALO.failNext("getUpdates", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Invalid token " + FakeZaloServer.TOKEN + "\"}");
        ZALO.failNext("getUpdates", 502, "<html>Bad gateway</html>");
        Chat chat = chats.findOrCreate("zalo", "zu-secret", Chat.ChatKind.PRIVATE, null, "vi");

        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Bí mật"));
        dispatcher.drain();
        ZALO.await("the failed polls", calls -> calls.stream().filter(c -> c.status() == 401 || c.status() == 502).count() >= 2);
        ZALO.deliver(ZaloUpdates.text("zu-secret", "Chị Lan", "/start"));
        replies("zu-secret", 0);

        String secretPart = FakeZaloServer.TOKEN.substring(FakeZaloServer.TOKEN.indexOf(':') + 1);
        assertThat(outboxRows.find(id).orElseThrow().lastError()).contains("Bad request").doesNotContain(secretPart);
        assertThat(output.getAll()).contains("Zalo refuses the bot token").contains("<token>").doesNotContain(secretPart);
    }

    private Unit onboardSecretary(String user) {
        Unit branch = units.findByCode(BRANCH).orElseThrow();
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(7));
        assertThat(say(user, "/ma " + code)).singleElement().asString().startsWith("🎉");
        return branch;
    }

    /** Writes on Zalo as {@code user} in a private chat and returns the bot's answers. */
    private List<String> say(String user, String text) {
        int before = ZALO.textsTo(user).size();
        ZALO.deliver(ZaloUpdates.text(user, "Chị Lan", text));
        return replies(user, before);
    }

    /** The texts sent to {@code chatId} after the first {@code before}, once there is at least one. */
    private List<String> replies(String chatId, int before) {
        List<String> sent = new ArrayList<>();
        awaitUntil("an answer in " + chatId, () -> {
            dispatcher.drain();
            List<String> all = ZALO.textsTo(chatId);
            sent.clear();
            sent.addAll(all.subList(Math.min(before, all.size()), all.size()));
            return !sent.isEmpty();
        });
        return sent;
    }

    private static void awaitUntil(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    private static String last(List<String> texts) {
        assertThat(texts).isNotEmpty();
        return texts.get(texts.size() - 1);
    }
}
