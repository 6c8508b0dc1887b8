package vn.doan.nhacviec.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;

/**
 * The terminal demo, as the "done when" reads: the admin imports a unit tree from a CSV
 * file, invites a secretary, changes an obligation, and reads the audit log of those actions.
 */
@BotApplicationTest
class AdminDemoTest {

    @Autowired
    Terminal terminal;
    @Autowired
    PersonRepository people;
    @Autowired
    ObligationRepository obligations;

    @Test
    void importInviteChangeAndReadTheAuditLog() throws Exception {
        terminal.flush();
        Path csv = Files.writeString(Files.createDirectories(Path.of("target/demo-files")).resolve("tan-bien.csv"), """
                code,name,level,parent,tags,time_zone
                tn-tb-tl,Đoàn xã Tân Lập,co_so,tn-tb,bien_gioi dia_ban_dan_cu,
                tn-tb-tl-ap1,Chi đoàn ấp Tân Đông,chi_doan,tn-tb-tl,bien_gioi dia_ban_dan_cu,
                tn-tb-tl-ap2,Chi đoàn ấp Tân Tây,chi_doan,tn-tb-tl,bien_gioi dia_ban_dan_cu,
                """);
        assertThat(terminal.answer("/nhapdv " + csv.toAbsolutePath())).isEqualTo("✅ Đã nhập cây đơn vị: 3 đơn vị mới, 0 đơn vị được cập nhật."
                + "\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");

        String invite = terminal.answer("/moi tn-tb-tl-ap1 bithu");
        String code = invite.lines().filter(l -> l.matches("[0-9A-Z]{20}")).findFirst().orElseThrow();
        assertThat(terminal.as("bithu-tan-dong", "bithu-tan-dong", "/ma " + code).get(0).message().text())
                .startsWith("🎉 Chào mừng! Bạn đã là bí thư của Chi đoàn ấp Tân Đông.");
        var secretary = people.findByIdentity("console", "bithu-tan-dong").orElseThrow();
        assertThat(people.activeRoles(secretary.id())).extracting(RoleAssignment::role).containsExactly(Role.SECRETARY);
        assertThat(terminal.as("bithu-tan-dong", "bithu-tan-dong", "/viec").get(0).message().text())
                .contains("Chi đoàn ấp Tân Đông").contains("Sinh hoạt chi đoàn ít nhất 3 tháng/lần");

        assertThat(terminal.answer("/suanv TN21-SH-CHIDOAN-BIENGIOI")).contains("1️⃣ Tên nhiệm vụ?");
        terminal.answer("=");
        terminal.answer("=");
        terminal.answer("=");
        terminal.answer("25");
        assertThat(terminal.answer("=")).contains("Lưu nhiệm vụ này?");
        assertThat(terminal.answer("1")).startsWith("✅ Đã lưu TN21-SH-CHIDOAN-BIENGIOI");
        assertThat(obligations.findByCode("TN21-SH-CHIDOAN-BIENGIOI").orElseThrow().version()).isEqualTo(2);

        String log = terminal.answer("/nhatky tn-tb");
        assertThat(log).contains("nhập danh sách đơn vị").contains("tạo lời mời tn-tb-tl-ap1").contains("nhận vai trò tn-tb-tl-ap1")
                .doesNotContain("invite.create");
        assertThat(terminal.answer("/nhatky tn")).contains("sửa nhiệm vụ tn").contains("ngày hạn trong tháng: — → 25");
    }
}
