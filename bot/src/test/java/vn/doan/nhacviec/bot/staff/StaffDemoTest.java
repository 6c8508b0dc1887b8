package vn.doan.nhacviec.bot.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * The terminal demo as provincial staff use it: the terminal user (admin of the whole tree, so
 * staff too) broadcasts to the border branches, acknowledges for their own branch, follows the
 * notice, reads the report and receives the CSV, Excel and chart files.
 */
@BotApplicationTest
class StaffDemoTest {

    @Autowired
    Terminal terminal;

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void aStaffUserBroadcastsToTheBorderBranchesAndFollowsTheNotice() {
        assertThat(terminal.answer("/thongbao Kính gửi các chi đoàn biên giới: tổ chức sinh hoạt chuyên đề chủ quyền biên giới trong tháng 12."))
                .startsWith("Gửi tới đâu?");
        String preview = terminal.answer("#bien_gioi chi_doan");
        assertThat(preview).contains("Người nhận: 4 nhóm chat của 4 đơn vị");

        List<CapturingSender.Sent> sent = terminal.say("1");
        assertThat(sent).filteredOn(s -> s.chat().kind() == Chat.ChatKind.GROUP).extracting(s -> s.chat().title())
                .containsExactlyInAnyOrder("Nhóm Chi đoàn ấp Hòa Đông B", "Nhóm Chi đoàn ấp Tân Khai", "Nhóm Chi đoàn ấp Phước Hòa");
        // the terminal chat is the chat of the demo's border branch: it gets the notice too, and answers it with its number
        assertThat(sent).filteredOn(s -> s.chat().chatRef().equals("terminal")).extracting(s -> s.message().text())
                .anySatisfy(text -> assertThat(text).startsWith("📢 THÔNG BÁO của Trung ương Đoàn TNCS Hồ Chí Minh"))
                .anySatisfy(text -> assertThat(text).startsWith("✅ Đã gửi thông báo #1 tới 4 nhóm chat của 4 đơn vị"));
        assertThat(terminal.answer("1")).startsWith("👍 Đã ghi nhận");

        String status = terminal.answer("/theodoi 1");
        assertThat(status).contains("Nhóm chat: 4 — đã gửi 4 · đang chờ gửi 0 · gửi lỗi 0 · đã xác nhận 1")
                .contains("Đơn vị: 4 — đã xác nhận 1 · chưa xác nhận 3")
                .contains("• Chi đoàn ấp Tân Khai [tn-tb-tbi-tk] — đã gửi tới nhóm")
                .contains("• Chi đoàn ấp Hòa Bình [tn-tb-hh-hb] — ");
    }

    @Test
    void aStaffUserGetsTheReportAndItsFiles() {
        String report = terminal.answer("/baocao tn");
        assertThat(report).startsWith("📊 Báo cáo thực hiện nhiệm vụ — Tỉnh đoàn Tây Ninh").contains("Huyện đoàn Tân Biên [tn-tb]");

        List<Attachment> files = terminal.say("/xuat tn").stream().map(s -> s.message().attachment()).filter(a -> a != null).toList();
        assertThat(files).extracting(Attachment::fileName).anyMatch(n -> n.endsWith(".xlsx")).anyMatch(n -> n.endsWith(".csv"));
        assertThat(files).allSatisfy(a -> assertThat(Path.of(a.path())).isRegularFile());

        Attachment chart = terminal.say("/bieudo tn").get(0).message().attachment();
        assertThat(chart.kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(Path.of(chart.path())).isRegularFile();
    }

    @Test
    void helpListsTheStaffCommands() {
        assertThat(terminal.answer("/help")).contains("/thongbao").contains("/theodoi").contains("/baocao").contains("/tre")
                .contains("/xuat").contains("/bieudo");
    }
}
