package vn.doan.nhacviec.bot.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.staff.GeneratedTree;
import vn.doan.nhacviec.bot.staff.Press;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.audit.AuditEntry;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.Role;

/** Notices from staff: recipients, the outbox, acknowledgements, re-sends, deadlines, and the limits of a staff member's subtree. */
@BotApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadcastTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Terminal terminal;
    @Autowired
    ConversationService conversation;
    @Autowired
    NoticeRepository notices;
    @Autowired
    NoticeTracking tracking;
    @Autowired
    NoticeDeadlines deadlines;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    GeneratedTree tree;
    Person provinceStaff;
    Person districtStaff;

    @BeforeAll
    void generate() {
        tree = new GeneratedTree(context);
        provinceStaff = tree.staff("province-staff", tree.root, Role.STAFF);
        districtStaff = tree.staff("district-1-staff", tree.districts.get(0), Role.STAFF);
    }

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @AfterEach
    void backToNow() {
        clock.set(GeneratedTree.NOW);
        terminal.flush();
    }

    @Test
    void aBroadcastToATagReachesExactlyTheMatchingActiveChatsThroughTheOutbox() {
        String question = province("/thongbao Kính gửi các đơn vị biên giới: họp trực tuyến lúc 8:00 ngày 25/11.");
        assertThat(question).startsWith("Gửi tới đâu?");
        String preview = province("#bien_gioi");
        assertThat(preview).contains("Người nhận: 5 nhóm chat của 4 đơn vị").contains("1 đơn vị chưa có nhóm chat")
                .contains("📢 THÔNG BÁO của Tỉnh đoàn Thử Nghiệm");
        long before = notices.count();
        long rowsBefore = noticeRows();

        List<CapturingSender.Sent> sent = say("province-staff", "1");
        assertThat(notices.count()).isEqualTo(before + 1);
        assertThat(noticeRows()).isEqualTo(rowsBefore + 5);
        Notice notice = latestNoticeOf(provinceStaff);

        Set<Long> expected = Set.copyOf(jdbc.sql("""
                SELECT DISTINCT c.id FROM chat c JOIN chat_binding b ON b.chat_id = c.id JOIN unit u ON u.id = b.unit_id
                JOIN unit_tag t ON t.unit_id = u.id
                WHERE t.tag = 'bien_gioi' AND c.active = 1 AND u.retired_at IS NULL AND u.path LIKE ?""")
                .param(tree.root.path() + "%").query(Long.class).list());
        assertThat(expected).containsExactlyInAnyOrder(tree.chats.get("gen-d1-c1").id(), tree.chats.get("gen-d1-c1-b1").id(),
                tree.secondBorderChat.id(), tree.chats.get("gen-d1-c2-b1").id(), tree.chats.get("gen-d2-c2-b1").id());
        List<Long> queued = jdbc.sql("SELECT chat_id FROM outbox_message WHERE kind = 'NOTICE' AND dedup_key LIKE ?")
                .param("notice:" + notice.id() + ":%").query(Long.class).list();
        assertThat(queued).containsExactlyInAnyOrderElementsOf(expected);

        List<CapturingSender.Sent> toGroups = sent.stream().filter(s -> s.chat().kind() == Chat.ChatKind.GROUP).toList();
        assertThat(toGroups).extracting(s -> s.chat().id()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(toGroups).allSatisfy(s -> {
            assertThat(s.message().text()).contains("họp trực tuyến lúc 8:00 ngày 25/11");
            assertThat(s.message().choices()).extracting(c -> c.data()).containsExactly("ack:" + notice.id());
        });
        assertThat(sent).filteredOn(s -> s.chat().kind() == Chat.ChatKind.PRIVATE).singleElement()
                .satisfies(s -> assertThat(s.message().text()).startsWith("✅ Đã gửi thông báo #" + notice.id() + " tới 5 nhóm chat của 4 đơn vị"));
        assertThat(audit.recentInSubtree(tree.root.path(), false, 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("notice.send");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DONE);
        });
    }

    @Test
    void subtreeAndLevelCombineAndCancellingWritesNothing() {
        province("/thongbao Nội dung thử");
        assertThat(province("gen-d1 chi_doan")).contains("Người nhận: 7 nhóm chat của 6 đơn vị");
        long before = notices.count();
        assertThat(province("huỷ")).isEqualTo("Đã hủy. Không có gì được lưu.");
        assertThat(notices.count()).isEqualTo(before);
        assertThat(province("#bien_gioi")).doesNotContain("Xem trước");
    }

    @Test
    void aDistrictStaffMemberCannotBroadcastToAnotherDistrict() {
        long noticesBefore = notices.count();
        long rowsBefore = noticeRows();
        long auditBefore = audit.count();
        district("/thongbao Thông báo của huyện");
        assertThat(district("gen-d2")).isEqualTo("Bạn không phụ trách Huyện đoàn Số 2.");
        assertThat(district("gen-d1 gen-d3-c1")).startsWith("Bạn không phụ trách Đoàn xã Số 3.1");
        // an answer for the whole province, as if pressed, is checked again
        Press.inPrivate(conversation, "district-1-staff", "dlg:all:" + tree.root.id());
        assertThat(terminal.flush()).singleElement().satisfies(s -> assertThat(s.message().text()).startsWith("Bạn không phụ trách Tỉnh đoàn Thử Nghiệm"));

        assertThat(notices.count()).isEqualTo(noticesBefore);
        assertThat(noticeRows()).isEqualTo(rowsBefore);
        List<AuditEntry> refusals = audit.recentInSubtree(tree.root.path(), false, 10).stream()
                .filter(e -> e.outcome() == AuditEntry.Outcome.REFUSED).limit(3).toList();
        assertThat(refusals).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("notice.send");
            assertThat(e.actorId()).isEqualTo(districtStaff.id());
        });
        assertThat(refusals).extracting(AuditEntry::unitId)
                .containsExactlyInAnyOrder(tree.root.id(), tree.unit("gen-d3-c1").id(), tree.districts.get(1).id());
        assertThat(audit.count()).isEqualTo(auditBefore + 3);

        // inside their own district the same tag reaches only their border units
        assertThat(district("#bien_gioi")).contains("Người nhận: 4 nhóm chat của 3 đơn vị").contains("THÔNG BÁO của Huyện đoàn Số 1");
        district("huỷ");
    }

    @Test
    void someoneWhoIsNotStaffCannotBroadcast() {
        String refused = terminal.as("nobody", "nobody", "/thongbao xin chào").get(0).message().text();
        assertThat(refused).contains("chưa gắn với đơn vị nào");
    }

    @Test
    void acknowledgementsAndResendsAreCountedRight() {
        province("/thongbao Đề nghị các chi đoàn nộp danh sách đoàn viên.");
        province("gen-d1 chi_doan");
        say("province-staff", "1");
        Notice notice = latestNoticeOf(provinceStaff);
        String ack = "ack:" + notice.id();

        assertThat(pressInGroup("g-gen-d1-c1-b1", "secretary-a", ack)).startsWith("👍 Đã ghi nhận");
        assertThat(pressInGroup("g-gen-d1-c1-b1", "member-b", ack)).contains("đã xác nhận thông báo của Tỉnh đoàn Thử Nghiệm rồi");
        assertThat(pressInGroup("g2-gen-d1-c1-b1", "member-c", ack)).startsWith("👍 Đã ghi nhận");
        assertThat(pressInGroup("g-gen-d1-c2-b2", "secretary-d", ack)).startsWith("👍 Đã ghi nhận");
        assertThat(pressInGroup("g-gen-d2-c1-b2", "outsider", ack)).startsWith("Thông báo này không gửi tới nhóm chat này");

        NoticeProgress progress = tracking.progress(notice);
        assertThat(progress.chats()).isEqualTo(7);
        assertThat(progress.chatsSent()).isEqualTo(7);
        assertThat(progress.chatsAcknowledged()).isEqualTo(3);
        assertThat(progress.acknowledged()).extracting(u -> u.unit().code()).containsExactly("gen-d1-c1-b1", "gen-d1-c2-b2");
        assertThat(progress.notYet()).hasSize(4);
        assertThat(progress.acknowledged().get(0).acknowledgedBy()).isEqualTo("secretary-a");

        List<CapturingSender.Sent> status = say("province-staff", "/theodoi " + notice.id());
        assertThat(status.get(0).message().text()).contains("Nhóm chat: 7 — đã gửi 7 · đang chờ gửi 0 · gửi lỗi 0 · đã xác nhận 3")
                .contains("Đơn vị: 6 — đã xác nhận 2 · chưa xác nhận 4").contains("Chi đoàn ấp Số 1.1.2 [gen-d1-c1-b2]");
        assertThat(status.get(0).message().choices()).extracting(c -> c.data()).contains("nr:" + notice.id() + ":1");

        // re-send: pressed twice, sent once, only to the chats that have not acknowledged
        List<CapturingSender.Sent> resend = say("province-staff", "1");
        assertThat(resend).filteredOn(s -> s.chat().chatRef().equals("province-staff")).singleElement().satisfies(s ->
                assertThat(s.message().text()).isEqualTo("🔁 Đã nhắc lại thông báo #" + notice.id() + " tới 4 nhóm chat chưa xác nhận."));
        assertThat(resend).filteredOn(s -> s.chat().kind() == Chat.ChatKind.GROUP)
                .allSatisfy(s -> assertThat(s.message().text()).startsWith("🔁 Nhắc lại (chưa thấy xác nhận):"));
        List<Long> resent = jdbc.sql("SELECT chat_id FROM outbox_message WHERE dedup_key LIKE ?").param("notice:" + notice.id() + ":%:1")
                .query(Long.class).list();
        assertThat(resent).containsExactlyInAnyOrder(tree.chats.get("gen-d1-c1-b2").id(), tree.chats.get("gen-d1-c1-b3").id(),
                tree.chats.get("gen-d1-c2-b1").id(), tree.chats.get("gen-d1-c2-b3").id());
        Press.inPrivate(conversation, "province-staff", "nr:" + notice.id() + ":1");
        assertThat(terminal.flush()).singleElement().satisfies(s -> assertThat(s.message().text()).contains("đã gửi rồi"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE ?").param("notice:" + notice.id() + ":%")
                .query(Long.class).single()).isEqualTo(11);

        assertThat(pressInGroup("g-gen-d1-c1-b2", "secretary-e", ack)).startsWith("👍 Đã ghi nhận");
        NoticeProgress after = tracking.progress(notice);
        assertThat(after.resends()).isEqualTo(1);
        assertThat(after.acknowledged()).hasSize(3);
        assertThat(after.notYet()).extracting(u -> u.unit().code()).containsExactly("gen-d1-c1-b3", "gen-d1-c2-b1", "gen-d1-c2-b3");
        String again = say("province-staff", "/theodoi").get(0).message().text();
        assertThat(again).contains("#" + notice.id()).contains("đã xác nhận 3/6 đơn vị");
        List<CapturingSender.Sent> view = say("province-staff", "1");
        assertThat(view.get(0).message().text()).contains("Đã nhắc lại: 1 lần");
        assertThat(view.get(0).message().choices()).extracting(c -> c.data()).contains("nr:" + notice.id() + ":2");
    }

    @Test
    void afterTheResponseDeadlineTheSenderGetsTheUnitsThatHaveNotAcknowledgedOnce() {
        province("/thongbao Báo cáo nhanh tình hình mưa bão.");
        province("gen-d3");
        assertThat(province("hạn 25/11 17:00")).contains("Hạn xác nhận: 17:00 25/11/2026");
        assertThat(say("province-staff", "gửi")).anySatisfy(s -> assertThat(s.message().text()).startsWith("✅ Đã gửi thông báo"));
        Notice notice = latestNoticeOf(provinceStaff);
        assertThat(notice.respondBy()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        pressInGroup("g-gen-d3", "secretary-f", "ack:" + notice.id());

        clock.set(Instant.parse("2026-11-25T09:59:00Z"));
        assertThat(deadlines.runAt(clock.instant())).isZero();
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(deadlines.runAt(clock.instant())).isEqualTo(1);
        assertThat(deadlines.runAt(clock.instant())).isZero();
        List<CapturingSender.Sent> report = terminal.flush();
        // the superiors of the late units hear of theirs; the sender, who has the whole list, is not told twice
        List<CapturingSender.Sent> toSupervisors = report.stream().filter(s -> s.message().text().startsWith("⏰ Thông báo #" + notice.id())).toList();
        assertThat(toSupervisors).isNotEmpty().noneSatisfy(s -> assertThat(s.chat().chatRef()).isEqualTo("province-staff"));
        assertThat(toSupervisors).anySatisfy(s -> assertThat(s.message().text()).contains("[gen-d3-c1-b1]").contains("Nhờ bạn đôn đốc"));
        assertThat(toSupervisors).allSatisfy(s -> assertThat(s.message().text()).doesNotContain("gen-d3-c2-b4"));
        assertThat(report).filteredOn(s -> s.chat().chatRef().equals("province-staff")).singleElement().satisfies(s -> {
            assertThat(s.chat().chatRef()).isEqualTo("province-staff");
            assertThat(s.message().text()).startsWith("⏰ Đã hết hạn xác nhận thông báo #" + notice.id() + " (17:00 25/11/2026): còn 8/9 đơn vị chưa xác nhận.")
                    .contains("Đoàn xã Số 3.1 [gen-d3-c1]").doesNotContain("gen-d3-c2-b4");
            assertThat(s.message().choices()).extracting(c -> c.data()).contains("nr:" + notice.id() + ":1");
        });
    }

    @Test
    void aNoticeSentLaterWaitsInTheOutboxUntilItsTime() {
        province("/thongbao Lịch trực Tết.");
        province("gen-d2-c2");
        List<CapturingSender.Sent> confirmation = say("province-staff", "hẹn 23/11 8:00");
        assertThat(confirmation).singleElement().satisfies(s -> assertThat(s.message().text()).contains("sẽ được gửi lúc 08:00 23/11/2026 tới 4 nhóm chat"));
        Notice notice = latestNoticeOf(provinceStaff);
        assertThat(say("province-staff", "/theodoi " + notice.id()).get(0).message().text()).contains("hẹn gửi 08:00 23/11/2026")
                .contains("đang chờ gửi 4");
        clock.set(Instant.parse("2026-11-23T00:59:00Z"));
        assertThat(terminal.flush()).isEmpty();
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(terminal.flush()).extracting(s -> s.chat().chatRef()).containsExactlyInAnyOrder("g-gen-d2-c2", "g-gen-d2-c2-b1",
                "g-gen-d2-c2-b2", "g-gen-d2-c2-b3");
    }

    @Test
    void sendNowAtNightAsksAndTheMorningChoiceWaitsForTheWindow() {
        // 00:56 on Wednesday 25/11
        clock.set(Instant.parse("2026-11-24T17:56:00Z"));
        province("/thongbao Họp giao ban sáng nay.");
        province("gen-d3-c1");
        long before = notices.count();
        List<CapturingSender.Sent> question = say("province-staff", "gửi ngay");
        assertThat(question).singleElement().satisfies(s -> {
            assertThat(s.message().text()).isEqualTo("🌙 Bây giờ đang ngoài giờ gửi tin (7:30–20:30). "
                    + "Gửi ngay bây giờ (ngoài giờ) hay 7:30 sáng nay (25/11)?");
            assertThat(s.message().choices()).extracting(c -> c.data()).containsExactly("dlg:night", "dlg:morning");
        });
        assertThat(notices.count()).isEqualTo(before);

        List<CapturingSender.Sent> confirmation = say("province-staff", "2");
        assertThat(confirmation).singleElement().satisfies(s ->
                assertThat(s.message().text()).contains("sẽ được gửi lúc 07:30 25/11/2026 tới 4 nhóm chat"));
        clock.set(Instant.parse("2026-11-25T00:29:00Z"));
        assertThat(terminal.flush()).isEmpty();
        clock.set(Instant.parse("2026-11-25T00:30:00Z"));
        assertThat(terminal.flush()).extracting(s -> s.chat().chatRef()).containsExactlyInAnyOrder("g-gen-d3-c1", "g-gen-d3-c1-b1",
                "g-gen-d3-c1-b2", "g-gen-d3-c1-b3");
    }

    @Test
    void sendNowAtNightGoesAtOnceWhenTheSenderSaysSo() {
        // 22:10 on Tuesday 24/11
        clock.set(Instant.parse("2026-11-24T15:10:00Z"));
        province("/thongbao Khẩn: kiểm tra mưa lũ ngay trong đêm.");
        province("gen-d3-c2");
        assertThat(province("1")).endsWith("Gửi ngay bây giờ (ngoài giờ) hay 7:30 sáng mai (25/11)?");
        List<CapturingSender.Sent> sent = say("province-staff", "1");
        assertThat(sent).filteredOn(s -> s.chat().kind() == Chat.ChatKind.GROUP).extracting(s -> s.chat().chatRef())
                .containsExactlyInAnyOrder("g-gen-d3-c2", "g-gen-d3-c2-b1", "g-gen-d3-c2-b2", "g-gen-d3-c2-b3");
        assertThat(sent).filteredOn(s -> s.chat().kind() == Chat.ChatKind.PRIVATE).singleElement()
                .satisfies(s -> assertThat(s.message().text()).startsWith("✅ Đã gửi thông báo"));
        assertThat(audit.recentInSubtree(tree.root.path(), false, 3)).anySatisfy(e ->
                assertThat(e.after()).contains("outside sending hours"));

        // a re-send of it at night is not something the sender chose for the night: it waits for the morning
        Notice notice = latestNoticeOf(provinceStaff);
        Press.inPrivate(conversation, "province-staff", "nr:" + notice.id() + ":1");
        List<CapturingSender.Sent> resend = terminal.flush();
        assertThat(resend).filteredOn(s -> s.chat().kind() == Chat.ChatKind.GROUP).isEmpty();
        assertThat(resend).singleElement().satisfies(s -> assertThat(s.message().text()).isEqualTo("🔁 Đang ngoài giờ gửi tin: thông báo #"
                + notice.id() + " sẽ được nhắc lại tới 4 nhóm chat chưa xác nhận lúc 07:30 25/11/2026."));
        clock.set(Instant.parse("2026-11-25T00:30:00Z"));
        assertThat(terminal.flush()).filteredOn(s -> s.chat().kind() == Chat.ChatKind.GROUP).hasSize(4)
                .allSatisfy(s -> assertThat(s.message().text()).startsWith("🔁 Nhắc lại"));
    }

    @Test
    void aTimeOutsideTheWindowOrOnAHolidayIsRefusedWithTheAllowedHours() {
        province("/thongbao Chúc mừng Giáng sinh.");
        province("gen-d2-c1");
        long before = notices.count();
        assertThat(province("hẹn 24/12 22:30"))
                .isEqualTo("22:30 ngày 24/12/2026 là ngoài giờ gửi tin. Chỉ hẹn được từ 7:30 đến trước 20:30, ví dụ «hẹn 25/12 8:00».");
        assertThat(province("24/12 6:00")).startsWith("6:00 ngày 24/12/2026 là ngoài giờ gửi tin.");
        assertThat(province("01/01/2027 9:00")).startsWith("Ngày 01/01/2027 là ngày nghỉ");
        assertThat(notices.count()).isEqualTo(before);
        assertThat(province("24/12")).contains("sẽ được gửi lúc 07:30 24/12/2026");
        assertThat(notices.count()).isEqualTo(before + 1);
    }

    @Test
    void aFileNamedInTheTerminalGoesWithTheNotice() throws Exception {
        Path file = Files.createTempFile("cong-van-", ".pdf");
        Files.writeString(file, "%PDF-1.4 test");
        province("/thongbao Gửi kèm công văn số 15.\ntệp: " + file);
        assertThat(province("gen-d3-c1-b1")).contains("📎 Kèm tệp: " + file.getFileName());
        List<CapturingSender.Sent> sent = say("province-staff", "1");
        Attachment attachment = sent.stream().filter(s -> s.chat().chatRef().equals("g-gen-d3-c1-b1")).findFirst().orElseThrow()
                .message().attachment();
        assertThat(attachment.kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");
        assertThat(Path.of(attachment.path())).exists().hasContent("%PDF-1.4 test");
        assertThat(Path.of(attachment.path())).isNotEqualTo(file);
        assertThat(province("/thongbao x\ntệp: /khong/co/tep.pdf")).startsWith("Không đọc được tệp");
    }

    private String province(String text) {
        return single("province-staff", text);
    }

    private String district(String text) {
        return single("district-1-staff", text);
    }

    private String single(String user, String text) {
        List<CapturingSender.Sent> sent = say(user, text);
        assertThat(sent).as(text).hasSize(1);
        return sent.get(0).message().text();
    }

    private List<CapturingSender.Sent> say(String user, String text) {
        return terminal.as(user, user, text);
    }

    private String pressInGroup(String groupRef, String user, String data) {
        Press.inGroup(conversation, groupRef, user, data);
        List<CapturingSender.Sent> sent = terminal.flush();
        assertThat(sent).hasSize(1);
        return sent.get(0).message().text();
    }

    private Notice latestNoticeOf(Person person) {
        return notices.recent(person.id(), List.of(), 1).get(0);
    }

    private long noticeRows() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE kind = 'NOTICE'").query(Long.class).single();
    }
}
