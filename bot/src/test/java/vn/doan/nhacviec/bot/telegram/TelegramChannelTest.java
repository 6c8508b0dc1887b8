package vn.doan.nhacviec.bot.telegram;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.doan.nhacviec.data.outbox.CodeSpan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doan.nhacviec.bot.answer.AnswerCode;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.demo.DemoSetup;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/**
 * The Telegram channel end to end: the real TelegramBots client and long-polling session against
 * a fake Bot API server, on the demo tree with the test clock. Updates are read by the library's
 * poller; the outbox is drained by the test, so what the bot sends is checked right after.
 */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "TELEGRAM_BOT_TOKEN=" + TelegramChannelTest.TOKEN,
        // the test clock stands still: Telegram's per-chat pace would hold every second message
        "nhacviec.outbox.channels.telegram.overall-per-second=0",
        "nhacviec.outbox.channels.telegram.per-chat-per-second=0",
        "nhacviec.outbox.channels.telegram.per-group-per-minute=0"
})
class TelegramChannelTest {

    static final String TOKEN = "123456789:AAE-channel-test-token_0123456789";
    static final String BOT = FakeBotApi.BOT_USERNAME;
    static final FakeBotApi api = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", api::baseUrl);
    }

    @AfterAll
    static void stop(@Autowired TelegramPolling polling) {
        polling.destroy();
        api.close();
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
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    OpenItems openItems;
    @Autowired
    vn.doan.nhacviec.data.catalog.ObligationRepository obligations;
    @Autowired
    StatusLogRepository statusLog;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Unit branch;

    @BeforeEach
    void setUp() {
        branch = units.findByCode(DemoSetup.DEMO_BRANCH).orElseThrow();
        dispatcher.drain();
    }

    @Test
    void menusArePublishedPerLanguageWithoutStaffCommands() {
        List<FakeBotApi.Call> menus = api.calls("setMyCommands");
        FakeBotApi.Call vietnamese = menus.stream()
                .filter(c -> c.params().path("scope").path("type").asString().equals("all_private_chats") && c.param("language_code") == null)
                .findFirst().orElseThrow();
        assertThat(commandNames(vietnamese)).contains("start", "help", "viec", "xong", "ma").doesNotContain("moi");
        assertThat(vietnamese.params().toString()).contains("Danh sách lệnh");
        FakeBotApi.Call english = menus.stream()
                .filter(c -> c.params().path("scope").path("type").asString().equals("all_private_chats") && "en".equals(c.param("language_code")))
                .findFirst().orElseThrow();
        assertThat(english.params().toString()).contains("List of commands");
        FakeBotApi.Call groups = menus.stream().filter(c -> c.params().path("scope").path("type").asString().equals("all_group_chats"))
                .findFirst().orElseThrow();
        assertThat(commandNames(groups)).contains("viec", "ma").doesNotContain("moi");
    }

    @Test
    void aDeepLinkFromAnInviteMadeOnTelegramBindsTheInvitedPerson() {
        String adminCode = invites.create(units.findByCode("tw").orElseThrow().id(), Role.ADMIN, null, Duration.ofDays(1));
        assertThat(say(2002, "An", "/start " + adminCode)).singleElement().asString().contains("Chào mừng");
        // the new admin's private chat gets the menu with the admin commands
        FakeBotApi.Call adminMenu = api.await("setMyCommands", c -> "2002".equals(c.params().path("scope").path("chat_id").asString()));
        assertThat(commandNames(adminMenu)).contains("moi", "viec");

        String invite = say(2002, "An", "/moi " + DemoSetup.DEMO_BRANCH + " bithu").get(0);
        Matcher link = Pattern.compile("https://t\\.me/" + BOT + "\\?start=([A-Za-z0-9_-]+)").matcher(invite);
        assertThat(link.find()).as(invite).isTrue();

        assertThat(say(2003, "Bình", "/start " + link.group(1))).singleElement().asString().contains("Chào mừng").contains("bí thư");
        var person = people.findByIdentity("telegram", "2003").orElseThrow();
        assertThat(people.activeRoles(person.id())).anyMatch(r -> r.unitId() == branch.id() && r.role() == Role.SECRETARY);
        assertThat(chats.unitsBoundTo(chats.find("telegram", "2003").orElseThrow().id())).containsExactly(branch.id());
    }

    @Test
    void anAdminWhoseRoleIsRevokedLosesTheAdminMenu() {
        long top = units.findByCode("tw").orElseThrow().id();
        say(2020, "Hòa", "/start " + invites.create(top, Role.ADMIN, null, Duration.ofDays(1)));
        say(2021, "Khánh", "/start " + invites.create(top, Role.ADMIN, null, Duration.ofDays(1)));
        awaitMenuCalls("setMyCommands", "2021", 2);
        long khanh = people.findByIdentity("telegram", "2021").orElseThrow().id();

        assertThat(say(2020, "Hòa", "/thuhoi tw #" + khanh)).singleElement().asString().startsWith("✅ Đã thu hồi vai trò");

        // both languages' menus of the chat go: the ordinary menu of every chat shows again
        awaitMenuCalls("deleteMyCommands", "2021", 2);
        assertThat(menuCalls("deleteMyCommands", "2021")).extracting(c -> c.param("language_code")).containsExactlyInAnyOrder(null, "en");
        assertThat(people.activeRoles(khanh)).isEmpty();
        assertThat(menuCalls("deleteMyCommands", "2020")).isEmpty();
    }

    @Test
    void messagesAndRolesBelowStaffLeaveTheMenusAsTheyAre() {
        say(2022, "Cúc", "/start " + invites.create(branch.id(), Role.STAFF, null, Duration.ofDays(1)));
        awaitMenuCalls("setMyCommands", "2022", 2);
        long cuc = people.findByIdentity("telegram", "2022").orElseThrow().id();

        secretaryChat(2023);
        long dao = people.findByIdentity("telegram", "2023").orElseThrow().id();
        people.grant(dao, branch.id(), Role.MEMBER, null);
        say(2023, "Đào", "/viec");
        say(2022, "Cúc", "/viec");
        // messages do not look at roles again: one ended behind the repository's back (no event) goes unnoticed
        jdbc.sql("UPDATE role_assignment SET revoked_at = ? WHERE person_id = ?").params(clock.millis(), cuc).update();
        say(2022, "Cúc", "chào bot");
        say(2022, "Cúc", "/help");

        // menu changes are made one after another: once a later one is made, none is left behind it
        long lan = people.findOrCreate("telegram", "2024", "Lan", "vi").id();
        people.grant(lan, branch.id(), Role.STAFF, null);
        awaitMenuCalls("setMyCommands", "2024", 2);
        assertThat(menuCalls("setMyCommands", "2022")).hasSize(2);
        assertThat(menuCalls("deleteMyCommands", "2022")).isEmpty();
        assertThat(menuCalls("setMyCommands", "2023")).isEmpty();
        assertThat(menuCalls("deleteMyCommands", "2023")).isEmpty();
    }

    @Test
    void aBindCommandWithTheBotsNameBindsTheGroupAndOtherBotsCommandsAreIgnored() {
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        List<String> bound = sayInGroup(-4001, 3001, "/ma@" + BOT + " " + code);
        assertThat(bound).singleElement().asString().contains("Nhóm này đã được gắn với");
        Chat group = chats.find("telegram", "-4001").orElseThrow();
        assertThat(group.kind()).isEqualTo(Chat.ChatKind.GROUP);
        assertThat(chats.unitsBoundTo(group.id())).containsExactly(branch.id());

        assertThat(sayInGroup(-4001, 3001, "/help@another_bot")).isEmpty();
        assertThat(sayInGroup(-4001, 3001, "chào cả nhà, tối nay họp nhé")).isEmpty();
        assertThat(sayInGroup(-4001, 3001, "/viec@" + BOT)).singleElement().asString().contains(branch.name());
        assertThat(sayInGroup(-4001, 3001, "@" + BOT + " /help")).singleElement().asString().contains("/viec");
    }

    @Test
    void aGroupThatBecomesASupergroupKeepsItsBinding() {
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        sayInGroup(-4002, 3002, "/ma " + code);
        long chatId = chats.find("telegram", "-4002").orElseThrow().id();

        api.deliver(Updates.migratedTo(-4002, -1001234567890L, 3002));

        Chat supergroup = chats.find("telegram", "-1001234567890").orElseThrow();
        assertThat(supergroup.id()).isEqualTo(chatId);
        assertThat(chats.unitsBoundTo(chatId)).containsExactly(branch.id());
        assertThat(sayInGroup(-1001234567890L, 3002, "/viec@" + BOT)).singleElement().asString().contains(branch.name());
    }

    @Test
    void aReminderComesWithButtonsAndAPressIsLoggedAndShownOnTheMessage() {
        Chat secretary = secretaryChat(4001);
        Occurrence item = openItems.of(branch).get(0);
        long reminder = remind(secretary, item, "🔔 Nhắc việc <b>quan trọng</b> & gấp");
        FakeBotApi.Call sent = lastSent(secretary);
        assertThat(sent.param("text")).isEqualTo("🔔 Nhắc việc &lt;b&gt;quan trọng&lt;/b&gt; &amp; gấp");
        assertThat(sent.param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(sent.params().path("reply_markup").toString()).contains("\"callback_data\":\"n:1:D\"").contains("1 ✅ Xong");
        int messageId = Integer.parseInt(outboxRows.platformMessageId(reminder).orElseThrow());

        long logged = statusLog.count();
        api.deliver(Updates.buttonPressed(4001, "Chi", 4001, messageId, "n:1:D"));
        assertThat(api.calls("answerCallbackQuery")).isNotEmpty();
        assertThat(statusLog.count()).isEqualTo(logged + 1);
        assertThat(statusLog.latest(item.id()).orElseThrow().meaning()).isEqualTo(StatusMeaning.DONE);

        dispatcher.drain();
        assertThat(lastSent(secretary).param("text")).startsWith("✅ Đã ghi nhận");
        FakeBotApi.Call edit = api.calls("editMessageText", "4001").get(0);
        assertThat(edit.param("message_id")).isEqualTo(String.valueOf(messageId));
        assertThat(edit.param("text")).startsWith("🔔 Nhắc việc &lt;b&gt;").contains("Đã ghi nhận").contains("Bí thư 4001");
        assertThat(edit.params().has("reply_markup")).isFalse();
    }

    @Test
    void everyButtonPressIsAnsweredOnceEvenAnExpiredOneWithTheReasonShownToThePresser() {
        Chat chat = secretaryChat(4002);
        int sentBefore = api.calls("sendMessage", chat.chatRef()).size();
        ObjectNode press = Updates.buttonPressed(4002, "Dũng", 4002, 999_999, "nothing:here");
        api.deliver(press);
        dispatcher.drain();
        assertThat(answersOf(press)).singleElement().satisfies(answer -> {
            assertThat(answer.param("text")).contains("hết hạn");
            assertThat(answer.params().path("show_alert").asBoolean()).isTrue();
        });
        assertThat(api.calls("sendMessage", chat.chatRef())).hasSize(sentBefore);

        // an accepted press is answered silently, also once ("not yet" leaves the item open for the other tests)
        Occurrence item = openItems.of(branch).get(0);
        long reminder = remind(chat, item, "🔔 Nhắc việc");
        ObjectNode done = Updates.buttonPressed(4002, "Dũng", 4002, Integer.parseInt(outboxRows.platformMessageId(reminder).orElseThrow()), "n:1:N");
        api.deliver(done);
        dispatcher.drain();
        assertThat(answersOf(done)).singleElement().satisfies(answer -> assertThat(answer.param("text")).isNull());
    }

    @Test
    void aRefusedPressInAGroupIsShownToThePresserAloneAndNothingIsPostedToTheGroup() {
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        sayInGroup(-4010, 3010, "/ma " + code);
        int posted = api.calls("sendMessage", "-4010").size();

        ObjectNode press = Updates.buttonPressed(3011, "Hà", -4010, 4242, "ack:999999");
        api.deliver(press);
        dispatcher.drain();

        assertThat(answersOf(press)).singleElement().satisfies(answer -> {
            assertThat(answer.param("text")).isEqualTo("Thông báo này không gửi tới nhóm chat này, hoặc không còn nữa.");
            assertThat(answer.params().path("show_alert").asBoolean()).isTrue();
        });
        assertThat(api.calls("sendMessage", "-4010")).hasSize(posted);
    }

    @Test
    void anInviteCodeIsShownTapToCopy() {
        String adminCode = invites.create(units.findByCode("tw").orElseThrow().id(), Role.ADMIN, null, Duration.ofDays(1));
        say(2010, "Chi", "/start " + adminCode);
        String invite = say(2010, "Chi", "/moi " + DemoSetup.DEMO_BRANCH + " bithu").get(0);
        Matcher code = Pattern.compile("\\n<code>([0-9A-Z]{20})</code>\\n").matcher(invite);
        assertThat(code.find()).as(invite).isTrue();
        assertThat(invite).contains("?start=" + code.group(1)).contains("«/ma <code>" + code.group(1) + "</code>»")
                .doesNotContain(String.valueOf(vn.doan.nhacviec.data.outbox.CodeSpan.START));
    }

    @Test
    void aGroupBoundToNoUnitGetsOnlyGuidanceEvenFromASecretary() {
        secretaryChat(4020);
        List<String> viec = sayInGroup(-4020, 4020, "/viec@" + BOT);
        assertThat(viec).singleElement().asString().startsWith("Nhóm này chưa gắn với đơn vị nào nên chỉ dùng được /start và /help.")
                .doesNotContain(branch.name());
        assertThat(sayInGroup(-4020, 4020, "/xong@" + BOT + " 1")).singleElement().asString().startsWith("Nhóm này chưa gắn");
        assertThat(sayInGroup(-4020, 4020, "/help@" + BOT)).singleElement().asString().contains("/start").doesNotContain("/viec");
    }

    @Test
    void anUnboundPersonJoinsWithTheBareCodeTheQuotedCommandOrLowerCase() {
        String bare = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        assertThat(say(4030, "Lan", bare)).singleElement().asString().startsWith("🎉 Chào mừng! Bạn đã là bí thư");
        String quoted = invites.create(branch.id(), Role.MEMBER, null, Duration.ofDays(1));
        assertThat(say(4031, "Mai", "/ma «" + quoted + "»")).singleElement().asString().startsWith("🎉 Chào mừng! Bạn đã là đoàn viên");
        String lower = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        assertThat(say(4032, "Nam", lower.toLowerCase(java.util.Locale.ROOT))).singleElement().asString().startsWith("🎉 Chào mừng!");
        for (long user : new long[] {4030, 4031, 4032}) {
            var person = people.findByIdentity("telegram", String.valueOf(user)).orElseThrow();
            assertThat(people.activeRoles(person.id())).as("user " + user).anyMatch(r -> r.unitId() == branch.id());
        }
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        secretaryChat(4040);
        assertThat(say(4040, "Oanh", "/việc")).singleElement().asString().contains("Ý bạn là /viec?");
        assertThat(say(4040, "Oanh", "/vec")).singleElement().asString().contains("Ý bạn là /viec?");
    }

    @Test
    void aFreeTextReplyToAReminderIsLoggedForItsItem() {
        Chat secretary = secretaryChat(4003);
        Occurrence item = openItems.of(branch).stream()
                .filter(o -> obligations.findById(o.obligationId()).orElseThrow().title().contains("Sinh hoạt")).findFirst().orElseThrow();
        long reminder = remind(secretary, item, "🔔 Nhắc việc");
        int messageId = Integer.parseInt(outboxRows.platformMessageId(reminder).orElseThrow());

        api.deliver(Updates.privateReply(4003, "Em", messageId, "đã họp 20/11, 18/25 đoàn viên"));
        dispatcher.drain();

        var update = statusLog.latest(item.id()).orElseThrow();
        assertThat(update.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(update.rawText()).isEqualTo("đã họp 20/11, 18/25 đoàn viên");
        assertThat(lastSent(secretary).param("text")).startsWith("✅ Đã ghi nhận");
    }

    @Test
    void aNonTextMessageGetsThePoliteTextOnlyAnswer() {
        api.deliver(Updates.privateSticker(4004, "Giang"));
        dispatcher.drain();
        assertThat(lastSent(chats.find("telegram", "4004").orElseThrow()).param("text")).contains("chỉ đọc được tin nhắn chữ");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterBeforeSendingAgain() {
        Chat chat = chats.findOrCreate("telegram", "5001", Chat.ChatKind.PRIVATE, null, "vi");
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 7", 7);
        long id = outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Thông báo"));

        dispatcher.drain();
        assertThat(api.calls("sendMessage", "5001")).hasSize(1);
        assertThat(outboxRows.find(id).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
        assertThat(outboxRows.find(id).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(7));

        clock.advance(Duration.ofSeconds(6));
        dispatcher.drain();
        assertThat(api.calls("sendMessage", "5001")).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.drain();
        assertThat(api.calls("sendMessage", "5001")).hasSize(2);
        assertThat(outboxRows.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void forbiddenMarksTheChatInactive() {
        Chat chat = chats.findOrCreate("telegram", "5002", Chat.ChatKind.PRIVATE, null, "vi");
        api.failNext("sendMessage", 403, "Forbidden: bot was blocked by the user", null);
        outbox.send(chat.id(), MessageKind.NOTICE, OutgoingMessage.text("Thông báo"));
        dispatcher.drain();
        assertThat(chats.findById(chat.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void aLongMessageIsSplitAtLineBoundariesWithTheButtonsOnTheLastPart() {
        Chat chat = chats.findOrCreate("telegram", "5003", Chat.ChatKind.PRIVATE, null, "vi");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(String.format("%03d. Chi đoàn số %d nộp báo cáo quý trước ngày 30 — còn %d ngày", i, i, i));
        }
        String text = String.join("\n", lines);
        assertThat(text.length()).isGreaterThan(TelegramSender.MAX_TEXT);
        outbox.send(chat.id(), MessageKind.NOTICE, new OutgoingMessage(text, List.of(new Choice("✅ Xong", "a:D")), null, null));
        dispatcher.drain();

        List<FakeBotApi.Call> parts = api.calls("sendMessage", "5003");
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(p.param("text").length()).isLessThanOrEqualTo(TelegramSender.MAX_TEXT));
        assertThat(parts.get(0).params().has("reply_markup")).isFalse();
        assertThat(parts.get(1).params().path("reply_markup").toString()).contains("a:D");
        assertThat(parts.get(0).param("text") + "\n" + parts.get(1).param("text")).isEqualTo(text);
    }

    @Test
    void aFileIsUploadedWithItsCaption(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Chat chat = chats.findOrCreate("telegram", "5004", Chat.ChatKind.PRIVATE, null, "vi");
        Path report = Files.writeString(dir.resolve("bao-cao.csv"), "don_vi,trang_thai\nhb,xong\n");
        outbox.send(chat.id(), MessageKind.REPLY, new OutgoingMessage("Báo cáo tháng 11", List.of(), new OutgoingMessage.Attachment(
                OutgoingMessage.Attachment.Kind.DOCUMENT, report.toString(), "bao-cao-11.csv", "text/csv"), null));
        dispatcher.drain();
        FakeBotApi.Call upload = api.calls("sendDocument", "5004").get(0);
        assertThat(upload.param("caption")).isEqualTo("Báo cáo tháng 11");
        assertThat(upload.files()).singleElement().satisfies(file -> assertThat(file.fileName()).isEqualTo("bao-cao-11.csv"));
    }

    @Test
    void aLongReplyIsSplitByTheLengthTelegramCountsAfterParsingTheHtml() {
        Chat chat = chats.findOrCreate("telegram", "9201", Chat.ChatKind.PRIVATE, null, "vi");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            // escaped characters and code spans make the HTML longer than what Telegram counts
            text.append("Mục ").append(i).append(": ").append(CodeSpan.of("MA-" + i)).append(" <b>&</b> ").append("ạ".repeat(150)).append('\n');
        }
        outbox.reply(chat.id(), OutgoingMessage.text(text.toString()));
        dispatcher.drain();

        List<FakeBotApi.Call> parts = api.calls("sendMessage", "9201");
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(FakeBotApi.visibleLength(part.param("text"), part.param("parse_mode")))
                .isLessThanOrEqualTo(FakeBotApi.MAX_TEXT));
        assertThat(parts.stream().map(p -> FakeBotApi.visibleLength(p.param("text"), p.param("parse_mode"))).toList())
                .as("full parts, not cut by the length of the HTML").first().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.INTEGER)
                .isGreaterThan(FakeBotApi.MAX_TEXT - 200);
        assertThat(outboxRows.countByState().getOrDefault(vn.doan.nhacviec.data.outbox.OutboxState.FAILED, 0L)).isZero();
    }

    @Test
    void aReplyOfExactlyTheLimitWithCodeSpansGoesAsOneMessage() {
        Chat chat = chats.findOrCreate("telegram", "9202", Chat.ChatKind.PRIVATE, null, "vi");
        String code = CodeSpan.of("ABCDEFGHJKMNPQRSTVWX");
        String text = code + "\n" + "x".repeat(FakeBotApi.MAX_TEXT - 21);
        assertThat(CodeSpan.plain(text)).hasSize(FakeBotApi.MAX_TEXT);
        outbox.reply(chat.id(), OutgoingMessage.text(text));
        dispatcher.drain();
        assertThat(api.calls("sendMessage", "9202")).singleElement()
                .satisfies(c -> assertThat(c.param("text")).startsWith("<code>ABCDEFGHJKMNPQRSTVWX</code>\n"));
    }

    @Test
    void aReplyRefusedForGoodIsLoggedWithoutItsTextAndThePersonIsToldOnce(CapturedOutput output) {
        Chat chat = chats.findOrCreate("telegram", "9203", Chat.ChatKind.PRIVATE, null, "vi");
        api.failNext("sendMessage", 400, "Bad Request: can't parse entities", null);
        outbox.reply(chat.id(), OutgoingMessage.text("Mã mời bí mật ZX81-SECRET"));
        dispatcher.drain();
        dispatcher.drain();

        List<String> sent = api.calls("sendMessage", "9203").stream().map(c -> c.param("text")).toList();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1)).startsWith("Xin lỗi, câu trả lời vừa rồi của bot không gửi được");
        assertThat(output.getOut()).contains("A reply to chat " + chat.id()).contains("was given up").doesNotContain("ZX81-SECRET");

        api.failNext("sendMessage", 400, "Bad Request: can't parse entities", null);
        outbox.reply(chat.id(), OutgoingMessage.text("Một câu trả lời khác"));
        dispatcher.drain();
        dispatcher.drain();
        assertThat(api.calls("sendMessage", "9203")).as("told once, not after every failure").hasSize(3);
    }

    // ---- helpers

    /** The answers to one button press (answerCallbackQuery calls with its id). */
    private static List<FakeBotApi.Call> answersOf(ObjectNode press) {
        String id = press.path("callback_query").path("id").asString();
        return api.calls("answerCallbackQuery").stream().filter(c -> id.equals(c.param("callback_query_id"))).toList();
    }

    /** A private chat of a secretary of the demo branch, joined by invite. */
    private Chat secretaryChat(long userId) {
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        say(userId, "Bí thư " + userId, "/start " + code);
        return chats.find("telegram", String.valueOf(userId)).orElseThrow();
    }

    /** Sends a reminder about one item with the one-tap answers, as the reminder planner does; returns its outbox id. */
    private long remind(Chat chat, Occurrence item, String text) {
        // a reminder numbers its items: its buttons are per item, as BotReminderTexts writes them
        List<Choice> choices = List.of(Choice.button("1 ✅ Xong", "n:1:D"), Choice.button("1 ⋯ Khác", "n:1"));
        long id = outbox.send(chat.id(), MessageKind.REMINDER, new OutgoingMessage(text, choices, null, null));
        messageItems.record(id, List.of(item.id()));
        dispatcher.drain();
        return id;
    }

    private List<String> say(long userId, String name, String text) {
        return answersTo(String.valueOf(userId), () -> api.deliver(Updates.privateText(userId, name, text)));
    }

    private List<String> sayInGroup(long groupId, long userId, String text) {
        return answersTo(String.valueOf(groupId), () -> api.deliver(Updates.groupText(groupId, "Chi đoàn", userId, "Thành viên", text)));
    }

    private List<String> answersTo(String chatRef, Runnable action) {
        int before = api.calls("sendMessage", chatRef).size();
        action.run();
        dispatcher.drain();
        List<FakeBotApi.Call> sent = api.calls("sendMessage", chatRef);
        return sent.subList(before, sent.size()).stream().map(c -> c.param("text")).toList();
    }

    private FakeBotApi.Call lastSent(Chat chat) {
        List<FakeBotApi.Call> sent = api.calls("sendMessage", chat.chatRef());
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    /** The calls of {@code method} (setMyCommands, deleteMyCommands) for the menu of one private chat. */
    private static List<FakeBotApi.Call> menuCalls(String method, String userRef) {
        return api.calls(method).stream().filter(c -> userRef.equals(c.params().path("scope").path("chat_id").asString())).toList();
    }

    /** Menus follow role changes on a thread of their own: waits (bounded) until that many calls for the chat came. */
    private static void awaitMenuCalls(String method, String userRef, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(menuCalls(method, userRef)).hasSizeGreaterThanOrEqualTo(count));
    }

    private static List<String> commandNames(FakeBotApi.Call menu) {
        List<String> names = new ArrayList<>();
        for (JsonNode command : menu.params().path("commands")) {
            names.add(command.path("command").asString());
        }
        return names;
    }
}
