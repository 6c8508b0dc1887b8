package vn.doan.nhacviec.bot.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
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

/**
 * Photos and files through the terminal channel (its {@code /anh} and {@code /tep} stand for a
 * messenger's attachments): a photo proves an answer, staff open it, documents and pasted text feed
 * the imports, and anything too large is refused without a trace. The terminal user is the demo's
 * admin of the tree and secretary of Chi đoàn ấp Hòa Bình.
 */
@BotApplicationTest
class PhotosAndFilesTest {

    @Autowired
    ConversationService conversation;
    @Autowired
    Terminal terminal;
    @Autowired
    Outbox outbox;
    @Autowired
    MessageItemRepository messageItems;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    OpenItems openItems;
    @Autowired
    StatusLogRepository statusLog;
    @Autowired
    EvidenceRepository evidence;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseProperties database;
    @Autowired
    MutableClock clock;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        terminal.flush();
    }

    @Test
    void aPhotoCaptionedDoneAfterAReminderRecordsDoneAndIsKeptAsItsEvidence() throws IOException {
        Secretary secretary = secretaryOf("kg-rg-vtv-kp1");
        Occurrence item = remind(secretary);
        long before = evidenceCount();

        String answer = text(sendFile(secretary.ref(), "xong", InboundFile.Kind.PHOTO, jpeg("hop-chi-doan.jpg", 5_000)));

        assertThat(answer).startsWith("✅ Đã ghi nhận");
        StatusUpdate update = statusLog.latest(item.id()).orElseThrow();
        assertThat(update.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(update.rawText()).isEqualTo("xong");
        assertThat(evidenceCount()).isEqualTo(before + 1);
        List<Long> photos = evidence.evidenceOf(List.of(update.id())).get(update.id());
        assertThat(photos).hasSize(1);
        Path kept = database.dataDir().resolve("evidence").resolve(evidence.find(photos.get(0)).orElseThrow().path());
        assertThat(kept).exists().hasSize(5_000);
        assertThat(kept.getFileName().toString()).endsWith(".jpg");
        if (kept.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        }
    }

    @Test
    void historyMarksTheAnswerAndStaffOpenThePhotoWhileAnOutsiderIsRefusedAndAudited() throws IOException {
        Secretary secretary = secretaryOf("kg-rg-vtv-kp2");
        remind(secretary);
        sendFile(secretary.ref(), "xong", InboundFile.Kind.PHOTO, jpeg("bien-ban.jpg", 3_000));
        long photo = latestEvidenceId();

        assertThat(say(secretary, "/lichsu")).contains("📎" + photo);
        assertThat(terminal.answer("/lichsu kg-rg-vtv-kp2")).contains("📎" + photo);

        List<CapturingSender.Sent> opened = terminal.say("/minhchung " + photo);
        assertThat(opened).singleElement().satisfies(sent -> {
            OutgoingMessage.Attachment attachment = sent.message().attachment();
            assertThat(attachment).isNotNull();
            assertThat(attachment.kind()).isEqualTo(OutgoingMessage.Attachment.Kind.PHOTO);
            assertThat(Path.of(attachment.path())).exists().hasSize(3_000);
            assertThat(sent.message().text()).startsWith("📎 Minh chứng số " + photo).contains(secretary.unit().name());
        });

        Person outsider = people.findOrCreate("console", "kg-secretary", "Bí thư Kiên Giang", "vi");
        people.grant(outsider.id(), units.findByCode("tn-tp-p1-kp1").orElseThrow().id(), Role.SECRETARY, null);
        long refusals = refusals("evidence.open");
        List<CapturingSender.Sent> refused = terminal.as("kg-secretary", "kg-secretary", "/minhchung " + photo);
        assertThat(refused).singleElement().satisfies(sent -> {
            assertThat(sent.message().attachment()).isNull();
            assertThat(sent.message().text()).contains("không xem được minh chứng số " + photo);
        });
        assertThat(refusals("evidence.open")).isEqualTo(refusals + 1);
    }

    @Test
    void aPhotoWithoutCaptionIsKeptAndTheNextAnswerWithinTheWindowTakesIt() throws IOException {
        Secretary secretary = secretaryOf("kg-ct-vhh-vt");
        Occurrence item = remind(secretary);
        List<CapturingSender.Sent> asked = sendFile(secretary.ref(), "", InboundFile.Kind.PHOTO, jpeg("anh.jpg", 2_000));
        long photo = latestEvidenceId();
        assertThat(text(asked)).contains("Ảnh này là minh chứng cho việc nào?").contains("số " + photo);
        assertThat(evidence.proves(photo)).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(say(secretary, "xong")).startsWith("✅ Đã ghi nhận");
        StatusUpdate update = statusLog.latest(item.id()).orElseThrow();
        assertThat(evidence.proves(photo)).singleElement().satisfies(p -> assertThat(p.statusUpdateId()).isEqualTo(update.id()));

        // a photo left waiting past the window proves nothing later on
        Secretary another = secretaryOf("kg-ht-md-xx");
        Occurrence other = remind(another);
        sendFile(another.ref(), "", InboundFile.Kind.PHOTO, jpeg("cu.jpg", 2_000));
        long old = latestEvidenceId();
        clock.advance(Duration.ofMinutes(31));
        say(another, "xong");
        assertThat(statusLog.latest(other.id()).orElseThrow().meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(evidence.proves(old)).isEmpty();
    }

    @Test
    void reportsCountAnswersWithEvidence() throws IOException {
        Secretary secretary = secretaryOf("kg-dl-rg");
        remind(secretary);
        sendFile(secretary.ref(), "xong", InboundFile.Kind.PHOTO, jpeg("bao-cao.jpg", 1_000));
        assertThat(terminal.answer("/baocao kg-dl-rg nam")).contains("📎 1 câu trả lời có ảnh minh chứng");
    }

    @Test
    void somethingThatIsNotAPictureIsNotKept() throws IOException {
        long before = evidenceCount();
        Path fake = Files.writeString(dir.resolve("not-a-photo.jpg"), "just text");
        Secretary secretary = secretaryOf("tn-tp-p1-kp1");
        remind(secretary);
        long updates = statusLog.count();
        assertThat(text(sendFile(secretary.ref(), "xong", InboundFile.Kind.PHOTO, fake))).contains("không phải ảnh");
        assertThat(statusLog.count()).isEqualTo(updates);
        assertThat(evidenceCount()).isEqualTo(before);
    }

    @Test
    void aDocumentCaptionedWithTheImportCommandImports() throws IOException {
        Path csv = Files.writeString(dir.resolve("don-vi.csv"), """
                code,name,level,parent,tags,time_zone
                tn-tb-hh-tep,Chi đoàn ấp Tệp,chi_doan,tn-tb-hh,dia_ban_dan_cu,
                """);
        List<CapturingSender.Sent> sent = sendFile("terminal", "/nhapdv", InboundFile.Kind.DOCUMENT, csv);
        assertThat(text(sent)).isEqualTo("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-tep")).isPresent();
        assertThat(uploadsLeft()).as("the received copy is deleted after the import").isEmpty();
    }

    @Test
    void aDocumentForNoImportIsRefusedWithAHint() throws IOException {
        Path other = Files.writeString(dir.resolve("ghi-chu.txt"), "ghi chú");
        assertThat(text(sendFile("terminal", "", InboundFile.Kind.DOCUMENT, other))).contains("/nhapdv").contains("/nhapnv");
        assertThat(uploadsLeft()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedClearlyAndNothingIsWritten() throws IOException {
        long photos = evidenceCount();
        long updates = statusLog.count();
        Secretary secretary = secretaryOf("tn-tp-p1-kp2");
        remind(secretary);
        assertThat(text(sendFile(secretary.ref(), "xong", InboundFile.Kind.PHOTO, jpeg("lon.jpg", 250_000))))
                .isEqualTo("Tệp quá lớn: tối đa 0.2 MB. Không có gì được lưu; hãy gửi tệp nhỏ hơn.");
        assertThat(statusLog.count()).as("the caption is not read either").isEqualTo(updates);
        assertThat(evidenceCount()).isEqualTo(photos);
        assertThat(filesUnder(database.dataDir().resolve("evidence")).stream().filter(p -> p.getFileName().toString().startsWith(".part")))
                .isEmpty();

        StringBuilder big = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        for (int i = 0; big.length() < 250_000; i++) {
            big.append("tn-tb-hh-lon").append(i).append(",Chi đoàn lớn ").append(i).append(",chi_doan,tn-tb-hh,,\n");
        }
        Path csv = Files.writeString(dir.resolve("lon.csv"), big);
        assertThat(text(sendFile("terminal", "/nhapdv", InboundFile.Kind.DOCUMENT, csv))).startsWith("Tệp quá lớn: tối đa 0.2 MB.");
        assertThat(units.findByCode("tn-tb-hh-lon0")).isEmpty();
        assertThat(uploadsLeft()).isEmpty();
    }

    @Test
    void csvPastedAfterTheCommandIsImportedAndTooManyLinesAreRefused() {
        assertThat(terminal.answer("/nhapdv\ncode,name,level,parent,tags,time_zone\ntn-tb-hh-dan,Chi đoàn ấp Dán,chi_doan,tn-tb-hh,,"))
                .isEqualTo("✅ Đã nhập cây đơn vị: 1 đơn vị mới, 0 đơn vị được cập nhật.\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-hh-dan")).isPresent();
        assertThat(uploadsLeft()).isEmpty();

        String many = Stream.generate(() -> "x").limit(ImportSources.MAX_PASTED_LINES + 1).collect(Collectors.joining("\n"));
        assertThat(terminal.answer("/nhapdv\n" + many)).startsWith("Nội dung dán vào dài " + (ImportSources.MAX_PASTED_LINES + 1) + " dòng");
    }

    // ---- helpers

    record Secretary(String ref, Unit unit, Chat chat) {
    }

    /** A new secretary of a branch, with their private chat. */
    private Secretary secretaryOf(String unitCode) {
        String ref = "sec-" + unitCode;
        Unit unit = units.findByCode(unitCode).orElseThrow();
        Person person = people.findOrCreate("console", ref, "Bí thư " + unit.name(), "vi");
        people.grant(person.id(), unit.id(), Role.SECRETARY, null);
        return new Secretary(ref, unit, chats.findOrCreate("console", ref, Chat.ChatKind.PRIVATE, null, "vi"));
    }

    /** A reminder about the branch's first open item, as the planner sends it. */
    private Occurrence remind(Secretary secretary) {
        Occurrence item = openItems.of(secretary.unit()).get(0);
        long id = outbox.send(secretary.chat().id(), MessageKind.REMINDER, OutgoingMessage.text("🔔 Nhắc việc"));
        messageItems.record(id, List.of(item.id()));
        terminal.flush();
        return item;
    }

    private String say(Secretary secretary, String text) {
        return text(terminal.as(secretary.ref(), secretary.ref(), text));
    }

    private List<CapturingSender.Sent> sendFile(String userRef, String caption, InboundFile.Kind kind, Path file) throws IOException {
        conversation.handle(Inbound.privateFile("console", userRef, userRef, userRef, caption,
                new InboundFile(kind, file.toString(), file.getFileName().toString(), null, Files.size(file))));
        return terminal.flush();
    }

    private Path jpeg(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return Files.write(dir.resolve(name), bytes);
    }

    private static String text(List<CapturingSender.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0).message().text();
    }

    private long evidenceCount() {
        return jdbc.sql("SELECT COUNT(*) FROM evidence_file").query(Long.class).single();
    }

    private long latestEvidenceId() {
        return jdbc.sql("SELECT MAX(id) FROM evidence_file").query(Long.class).single();
    }

    private long refusals(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND outcome = 'REFUSED'").param(action).query(Long.class).single();
    }

    private List<Path> uploadsLeft() {
        return filesUnder(database.dataDir().resolve("uploads"));
    }

    private static List<Path> filesUnder(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
