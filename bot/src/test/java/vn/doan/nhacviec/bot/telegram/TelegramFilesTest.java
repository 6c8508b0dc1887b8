package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
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
 * Photos and documents on Telegram end to end: the real client against the fake Bot API, which
 * hosts the files users send (getFile, then the download under {@code /file/bot<token>/}).
 */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@TestPropertySource(properties = {
        "TELEGRAM_BOT_TOKEN=" + TelegramFilesTest.TOKEN,
        // the production limit (the shared test application lowers it)
        "nhacviec.uploads.max-bytes=20000000",
        "nhacviec.outbox.channels.telegram.overall-per-second=0",
        "nhacviec.outbox.channels.telegram.per-chat-per-second=0",
        "nhacviec.outbox.channels.telegram.per-group-per-minute=0"
})
class TelegramFilesTest {

    static final String TOKEN = "123456789:AAE-files-test-token_0123456789ab";
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
    StatusLogRepository statusLog;
    @Autowired
    EvidenceRepository evidence;
    @Autowired
    DatabaseProperties database;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        dispatcher.drain();
    }

    @Test
    void aPhotoCaptionedDoneInReplyToAReminderIsRecordedWithTheLargestSizeAsEvidence() {
        Unit branch = units.findByCode("kg-rg-vtv-kp1").orElseThrow();
        Chat chat = secretaryChat(6001, branch);
        Occurrence item = openItems.of(branch).get(0);
        int reminder = remind(chat, item);
        api.hostFile("ph-6001", jpeg(40_000));
        api.hostFile("ph-6001-m", jpeg(9_000));

        var update = Updates.privatePhoto(6001, "Lan", "ph-6001", 40_000, "xong");
        replyTo(update, reminder);
        List<String> answered = answersTo("6001", () -> api.deliver(update));

        assertThat(answered).singleElement().asString().startsWith("✅ Đã ghi nhận");
        StatusUpdate done = statusLog.latest(item.id()).orElseThrow();
        assertThat(done.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(api.downloads()).contains("ph-6001").doesNotContain("ph-6001-m", "ph-6001-s");
        List<Long> photos = evidence.evidenceOf(List.of(done.id())).get(done.id());
        assertThat(photos).hasSize(1);
        assertThat(database.dataDir().resolve("evidence").resolve(evidence.find(photos.get(0)).orElseThrow().path())).hasSize(40_000);
    }

    @Test
    void aPhotoLargerThanTelegramLetsBotsDownloadIsTakenAtTheLargestSizeThatFits() {
        Unit branch = units.findByCode("kg-rg-vtv-kp2").orElseThrow();
        secretaryChat(6002, branch);
        api.hostFile("ph-6002-m", jpeg(9_000));

        List<String> answered = answersTo("6002", () -> api.deliver(Updates.privatePhoto(6002, "Minh", "ph-6002", 25_000_000, null)));

        assertThat(answered).singleElement().asString().contains("Ảnh này là minh chứng cho việc nào?");
        assertThat(api.downloads()).contains("ph-6002-m").doesNotContain("ph-6002");
    }

    @Test
    void aDocumentCaptionedWithTheImportCommandIsDownloadedAndImported() {
        adminChat(6003);
        api.hostFile("doc-6003", """
                code,name,level,parent,tags,time_zone
                tn-tb-hh-tg1,Chi đoàn ấp Telegram,chi_doan,tn-tb-hh,dia_ban_dan_cu,
                """.getBytes(StandardCharsets.UTF_8));

        List<String> answered = answersTo("6003", () -> api.deliver(
                Updates.privateDocument(6003, "Quản trị", "doc-6003", "don-vi.csv", "text/csv", 120, "/nhapdv")));

        assertThat(answered).containsExactly("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-tg1")).isPresent();
    }

    @Test
    void aBareImportCommandWaitsForTheDocumentThatFollows() {
        adminChat(6004);
        assertThat(answersTo("6004", () -> api.deliver(Updates.privateText(6004, "Quản trị", "/nhapdv"))))
                .singleElement().asString().startsWith("Hãy gửi tệp CSV đơn vị");
        api.hostFile("doc-6004", """
                code,name,level,parent,tags,time_zone
                tn-tb-hh-tg2,Chi đoàn ấp Gửi sau,chi_doan,tn-tb-hh,,
                """.getBytes(StandardCharsets.UTF_8));

        List<String> answered = answersTo("6004", () -> api.deliver(
                Updates.privateDocument(6004, "Quản trị", "doc-6004", "don-vi.csv", "text/csv", 100, null)));

        assertThat(answered).containsExactly("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-tg2")).isPresent();
    }

    @Test
    void aDocumentOverTheImportsLimitIsRefusedBeforeItIsDownloaded() {
        adminChat(6005);
        long getFiles = api.calls("getFile").size();

        List<String> answered = answersTo("6005", () -> api.deliver(
                Updates.privateDocument(6005, "Quản trị", "doc-6005", "nhiem-vu.yml", "application/yaml", 2_000_000, "/nhapnv")));

        assertThat(answered).containsExactly("Tệp quá lớn: tối đa 1 MB. Không có gì được lưu; hãy gửi tệp nhỏ hơn.");
        assertThat(api.calls("getFile")).hasSize((int) getFiles);
    }

    @Test
    void aDocumentFromSomeoneWhoMayNotImportIsRefusedAndNotDownloaded() {
        Unit branch = units.findByCode("kg-ct-vhh-vp").orElseThrow();
        secretaryChat(6006, branch);
        api.hostFile("doc-6006", "code,name,level,parent,tags,time_zone\n".getBytes(StandardCharsets.UTF_8));

        List<String> answered = answersTo("6006", () -> api.deliver(
                Updates.privateDocument(6006, "Bí thư", "doc-6006", "don-vi.csv", "text/csv", 40, "/nhapdv")));

        assertThat(answered).containsExactly("Bạn không có quyền dùng lệnh này.");
        assertThat(api.downloads()).doesNotContain("doc-6006");
    }

    // ---- helpers

    private Chat secretaryChat(long userId, Unit unit) {
        String code = invites.create(unit.id(), Role.SECRETARY, null, Duration.ofDays(1));
        answersTo(String.valueOf(userId), () -> api.deliver(Updates.privateText(userId, "Bí thư " + userId, "/start " + code)));
        return chats.find("telegram", String.valueOf(userId)).orElseThrow();
    }

    /** An admin of Huyện đoàn Tân Biên in their private chat. */
    private void adminChat(long userId) {
        Person person = people.findOrCreate("telegram", String.valueOf(userId), "Quản trị " + userId, "vi");
        people.grant(person.id(), units.findByCode("tn-tb").orElseThrow().id(), Role.ADMIN, null);
        chats.findOrCreate("telegram", String.valueOf(userId), Chat.ChatKind.PRIVATE, null, "vi");
    }

    /** A reminder about one item, as the planner sends it; returns its Telegram message id. */
    private int remind(Chat chat, Occurrence item) {
        long id = outbox.send(chat.id(), MessageKind.REMINDER, OutgoingMessage.text("🔔 Nhắc việc"));
        messageItems.record(id, List.of(item.id()));
        dispatcher.drain();
        return Integer.parseInt(outboxRows.platformMessageId(id).orElseThrow());
    }

    private static void replyTo(tools.jackson.databind.node.ObjectNode update, int messageId) {
        var message = (tools.jackson.databind.node.ObjectNode) update.get("message");
        var replied = message.putObject("reply_to_message");
        replied.put("message_id", messageId).put("date", 1_790_000_000).put("text", "…");
        replied.set("chat", message.get("chat"));
        replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc Đoàn");
    }

    private List<String> answersTo(String chatRef, Runnable action) {
        int before = api.calls("sendMessage", chatRef).size();
        action.run();
        dispatcher.drain();
        List<FakeBotApi.Call> sent = api.calls("sendMessage", chatRef);
        return sent.subList(before, sent.size()).stream().map(c -> c.param("text")).toList();
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
