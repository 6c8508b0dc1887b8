package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
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
 * Images and imports on Zalo against the fake Zalo Bot API: an image event's caption is read as
 * text and the image (fetched from its URL) kept as evidence; with no documents on Zalo, the imports
 * take their CSV pasted as text and /help says so.
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
        "nhacviec.zalo.token=" + FakeZaloServer.TOKEN,
        "nhacviec.zalo.poll-timeout=1s",
        "nhacviec.zalo.retry-min=20ms",
        "nhacviec.zalo.retry-max=200ms",
        "nhacviec.outbox.channels.zalo.per-chat-per-second=0",
        "nhacviec.outbox.channels.zalo.overall-per-second=0",
        "nhacviec.safety.commands-per-minute=1000"
})
@Import({BotTestConfiguration.class, ZaloFilesTest.Setup.class})
@DirtiesContext
class ZaloFilesTest {

    static final FakeZaloServer ZALO = new FakeZaloServer();

    @DynamicPropertySource
    static void zaloApi(DynamicPropertyRegistry registry) {
        registry.add("nhacviec.zalo.api-url", ZALO::url);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean(destroyMethod = "close")
        FakeZaloServer fakeZalo() {
            return ZALO;
        }
    }

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Outbox outbox;
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
    StatusLogRepository statusLog;
    @Autowired
    EvidenceRepository evidence;

    @BeforeEach
    void sendWhatIsWaiting() {
        dispatcher.drain();
    }

    @Test
    void anImageCaptionedDoneAfterAReminderRecordsDoneWithTheImageAsEvidence() {
        String user = "zu-photo";
        Unit branch = onboardSecretary(user, "kg-ct-vhh-vp");
        Occurrence item = remind(user, branch);
        String url = ZALO.hostImage("hop.jpg", jpeg(7_000));

        List<String> answered = deliver(user, ZaloUpdates.image(user, "Chị Lan", "photo", url, "xong"));

        assertThat(answered).singleElement().asString().startsWith("✅ Đã ghi nhận");
        StatusUpdate done = statusLog.latest(item.id()).orElseThrow();
        assertThat(done.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(evidence.evidenceOf(List.of(done.id())).get(done.id())).hasSize(1);
    }

    @Test
    void anImageUnderPhotoUrlWithoutCaptionIsKeptAndTheBotAsksWhichItemItProves() {
        String user = "zu-photo-url";
        Unit branch = onboardSecretary(user, "kg-ct-vhh-vt");
        Occurrence item = remind(user, branch);
        String url = ZALO.hostImage("bien-ban.png", png(3_000));

        assertThat(deliver(user, ZaloUpdates.image(user, "Anh Tư", "photo_url", url, null)))
                .singleElement().asString().contains("Ảnh này là minh chứng cho việc nào?");
        assertThat(say(user, "xong")).singleElement().asString().startsWith("✅ Đã ghi nhận");
        StatusUpdate done = statusLog.latest(item.id()).orElseThrow();
        assertThat(evidence.evidenceOf(List.of(done.id())).get(done.id())).hasSize(1);
    }

    @Test
    void csvPastedWithTheCommandOrInTheNextMessageIsImported() {
        String user = "zu-admin";
        admin(user);
        assertThat(say(user, "/nhapdv\ncode,name,level,parent,tags,time_zone\ntn-tb-hh-zl1,Chi đoàn ấp Zalo 1,chi_doan,tn-tb-hh,,"))
                .containsExactly("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-zl1")).isPresent();

        assertThat(say(user, "/nhapdv")).singleElement().asString().startsWith("Zalo không chuyển tệp cho bot: hãy dán nội dung CSV");
        assertThat(say(user, "code,name,level,parent,tags,time_zone\ntn-tb-hh-zl2,Chi đoàn ấp Zalo 2,chi_doan,tn-tb-hh,,"))
                .containsExactly("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-zl2")).isPresent();
    }

    @Test
    void helpOnZaloOffersTheImportsAsPastedTextNotAsFiles() {
        String user = "zu-admin-help";
        admin(user);
        String help = String.join("\n", say(user, "/help"));
        assertThat(help).contains("/nhapdv (dán nội dung CSV ở các dòng sau lệnh)").doesNotContain("<tệp .csv>").doesNotContain("<tệp .yml>");
    }

    // ---- helpers

    private Unit onboardSecretary(String user, String unitCode) {
        Unit branch = units.findByCode(unitCode).orElseThrow();
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(7));
        assertThat(say(user, "/ma " + code)).singleElement().asString().startsWith("🎉");
        return branch;
    }

    private void admin(String user) {
        Person person = people.findOrCreate("zalo", user, "Quản trị", "vi");
        people.grant(person.id(), units.findByCode("tn-tb").orElseThrow().id(), Role.ADMIN, null);
    }

    private Occurrence remind(String user, Unit branch) {
        Occurrence item = openItems.of(branch).get(0);
        Chat chat = chats.find("zalo", user).orElseThrow();
        long id = outbox.send(chat.id(), MessageKind.REMINDER, OutgoingMessage.text("🔔 Nhắc việc"));
        messageItems.record(id, List.of(item.id()));
        dispatcher.drain();
        return item;
    }

    private List<String> say(String user, String text) {
        return deliver(user, ZaloUpdates.text(user, "Chị Lan", text));
    }

    private List<String> deliver(String user, String update) {
        int before = ZALO.textsTo(user).size();
        ZALO.deliver(update);
        List<String> sent = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sent.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no answer to " + user);
            }
            dispatcher.drain();
            List<String> all = ZALO.textsTo(user);
            sent.addAll(all.subList(Math.min(before, all.size()), all.size()));
            sleep();
        }
        return sent;
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        return bytes;
    }
}
