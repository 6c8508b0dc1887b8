package vn.doan.nhacviec.bot.admin.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.admin.AdminFixture;
import vn.doan.nhacviec.bot.admin.AdminTestSupport;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.audit.AuditEntry;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitChange;
import vn.doan.nhacviec.data.unit.UnitHistoryEntry;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** The unit tree from chat, as the admin of Huyện đoàn Tân Biên (and the terminal user, admin of the whole tree). */
@BotApplicationTest
class UnitCommandsTest {

    @Autowired
    Terminal terminal;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    PlanRepository plans;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.doan.nhacviec.data.db.ReadCaches readCaches;

    AdminFixture fixture;
    AdminTestSupport admin;

    @BeforeEach
    void districtAdmin() {
        fixture = new AdminFixture(units, people, chats, plans, obligations, jdbc, Path.of("target/unit-files"));
        String ref = "admin-tb-" + System.nanoTime();
        fixture.holding(ref, Role.ADMIN, "tn-tb");
        admin = new AdminTestSupport(terminal, ref);
        terminal.flush();
    }

    @Test
    void aNewBranchIsAddedUnderItsParentAuditedAndGetsItsItemsAtOnce() {
        String answer = admin.say("/themdv tn-tb-hh-ap5 chi_doan tn-tb-hh Chi đoàn ấp 5");
        assertThat(answer).startsWith("✅ Đã thêm Chi đoàn ấp 5 [tn-tb-hh-ap5]");
        Unit unit = units.findByCode("tn-tb-hh-ap5").orElseThrow();
        assertThat(unit.isInside(units.findByCode("tn-tb-hh").orElseThrow())).isTrue();
        assertThat(latestAudit("unit.add").after()).contains("code=tn-tb-hh-ap5").contains("parent=tn-tb-hh");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM occurrence WHERE unit_id = ?").param(unit.id()).query(Long.class).single())
                .as("the monthly branch meeting of the charter is planned for it").isPositive();
    }

    @Test
    void badInputIsExplainedAndWritesNothing() {
        var before = fixture.counts();
        assertThat(admin.say("/themdv tn-tb-hh-hb chi_doan tn-tb-hh Trùng mã")).contains("đã có đơn vị dùng");
        assertThat(admin.say("/themdv Mã! chi_doan tn-tb-hh X")).contains("không hợp lệ");
        assertThat(admin.say("/themdv tn-tb-moi thon tn-tb-hh X")).contains("Cấp «thon» không đúng");
        assertThat(admin.say("/themdv tn-tb-moi chi_doan")).startsWith("Cách dùng: /themdv");
        assertThat(admin.say("/doitendv tn-tb-hh " + "x".repeat(201))).contains("1–200 ký tự");
        assertThat(admin.say("/thedv tn-tb-hh +Biên_Giới")).contains("Nhãn «+Biên_Giới» không hợp lệ");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void outsideTheAdminsSubtreeNothingHappensAndTheRefusalIsAudited() {
        var before = fixture.counts();
        long refusals = audit.count();
        assertThat(admin.say("/doitendv kg-ct-vhh Đoàn xã khác")).isEqualTo("Bạn không phụ trách Đoàn xã Vĩnh Hòa Hiệp.");
        // moving into a unit outside the subtree is refused too, even from inside it
        assertThat(admin.say("/chuyendv tn-tb-hh-hb kg-ct-vhh")).isEqualTo("Bạn không phụ trách Đoàn xã Vĩnh Hòa Hiệp.");
        assertThat(fixture.counts()).isEqualTo(before);
        assertThat(audit.count()).isEqualTo(refusals + 2);
    }

    @Test
    void renameKeepsTheOldNameInTheHistoryAndTheAuditHasBeforeAndAfter() {
        Unit unit = units.findByCode("tn-tb-tbi-tk").orElseThrow();
        assertThat(admin.say("/doitendv tn-tb-tbi-tk Chi đoàn ấp Tân Khai mới")).contains("Chi đoàn ấp Tân Khai mới");
        assertThat(units.history(unit.id())).extracting(UnitHistoryEntry::change).contains(UnitChange.RENAMED);
        AuditEntry entry = latestAudit("unit.rename");
        assertThat(entry.before()).contains("name=Chi đoàn ấp Tân Khai;");
        assertThat(entry.after()).contains("name=Chi đoàn ấp Tân Khai mới;");
        assertThat(entry.unitId()).isEqualTo(unit.id());
    }

    @Test
    void aMoveTakesTheSubtreeAlongButNeverUnderItself() {
        admin.say("/themdv tn-tb-xa1 co_so tn-tb Đoàn xã Một");
        admin.say("/themdv tn-tb-xa1-ap chi_doan tn-tb-xa1 Chi đoàn ấp");
        admin.say("/themdv tn-tb-xa2 co_so tn-tb Đoàn xã Hai");
        assertThat(admin.say("/chuyendv tn-tb-xa1 tn-tb-xa1-ap")).contains("nằm bên dưới");
        assertThat(admin.say("/chuyendv tn-tb-xa1 tn-tb-xa2")).startsWith("✅ Đã chuyển Đoàn xã Một");
        Unit branch = units.findByCode("tn-tb-xa1-ap").orElseThrow();
        assertThat(branch.isInside(units.findByCode("tn-tb-xa2").orElseThrow())).isTrue();
        assertThat(latestAudit("unit.move").before()).contains("parent=tn-tb;");
        assertThat(latestAudit("unit.move").after()).contains("parent=tn-tb-xa2;");
    }

    @Test
    void retiringNeedsAnEmptyUnitOrAMergeThatMovesItsBranches() {
        admin.say("/themdv tn-tb-old co_so tn-tb Đoàn xã Cũ");
        admin.say("/themdv tn-tb-old-ap chi_doan tn-tb-old Chi đoàn ấp Cũ");
        admin.say("/themdv tn-tb-new co_so tn-tb Đoàn xã Mới");
        assertThat(admin.say("/giaithedv tn-tb-old")).contains("còn 1 đơn vị bên dưới");
        assertThat(admin.say("/giaithedv tn-tb-old tn-tb-new")).contains("Đã sáp nhập Đoàn xã Cũ vào Đoàn xã Mới; 1 đơn vị");
        assertThat(units.findByCode("tn-tb-old").orElseThrow().retired()).isTrue();
        assertThat(units.findByCode("tn-tb-old-ap").orElseThrow().isInside(units.findByCode("tn-tb-new").orElseThrow())).isTrue();
        assertThat(admin.say("/themdv tn-tb-old-x chi_doan tn-tb-old X")).contains("đã giải thể");
        assertThat(admin.say("/giaithedv tn-tb-new-nope")).contains("Không tìm thấy đơn vị");
    }

    @Test
    void aProvinceOfThe2025MapLoadsThroughTheCheckedImportAndAgainChangesNothing() {
        assertThat(terminal.answer("/nhapdv ban-do 12 tw"))
                .startsWith("✅ Đã nhập cây đơn vị: 39 đơn vị mới, 0 đơn vị được cập nhật.");
        Unit province = units.findByCode("12").orElseThrow();
        assertThat(province.name()).isEqualTo("Tỉnh đoàn Lai Châu");
        assertThat(province.level()).isEqualTo(vn.doan.nhacviec.data.unit.Level.TINH);
        assertThat(units.children(province.id())).hasSize(38)
                .allSatisfy(commune -> assertThat(commune.level()).isEqualTo(vn.doan.nhacviec.data.unit.Level.CO_SO))
                .extracting(Unit::name).allMatch(name -> name.startsWith("Đoàn xã ") || name.startsWith("Đoàn phường "));
        assertThat(latestAudit("unit.import").after()).contains("province=12").contains("created=39");
        assertThat(terminal.answer("/nhapdv ban-do 12 tw")).startsWith("✅ Đã nhập cây đơn vị: 0 đơn vị mới, 0 đơn vị được cập nhật.");
    }

    @Test
    void theMapImportExplainsBadInputAndStaysInsideTheCallersTree() {
        var before = fixture.counts();
        assertThat(admin.say("/nhapdv ban-do")).startsWith("Cách dùng: /nhapdv ban-do").contains("91 An Giang").contains("80 Tây Ninh");
        assertThat(admin.say("/nhapdv ban-do 99 tn-tb")).startsWith("Không có tỉnh mã «99» trong bản đồ.");
        assertThat(admin.say("/nhapdv ban-do 80 tn-tb-hh")).contains("không phải Tỉnh đoàn hay Trung ương");
        assertThat(admin.say("/nhapdv ban-do 80 tn")).isEqualTo("Bạn không phụ trách Tỉnh đoàn Tây Ninh.");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void aReformMovesEveryChildOfTheDissolvedUnitsAndKeepsTheHistory() {
        terminal.answer("/themdv qa tinh tw Tỉnh đoàn A");
        terminal.answer("/themdv qa-h huyen qa Huyện đoàn A1");
        terminal.answer("/themdv qa-h-x co_so qa-h Đoàn xã A1");
        terminal.answer("/themdv qa-h-x-b chi_doan qa-h-x Chi đoàn ấp A1");
        terminal.answer("/themdv qb tinh tw Tỉnh đoàn B");

        assertThat(terminal.answer("/sapnhap 01/07/2025 qa qb"))
                .startsWith("✅ Đã sắp xếp: Tỉnh đoàn A giải thể, 1 đơn vị bên dưới chuyển thẳng về Tỉnh đoàn B.")
                .contains("trước 01/07/2025");
        assertThat(terminal.answer("/sapnhap qa-h qb")).startsWith("✅ Đã sắp xếp: Huyện đoàn A1 giải thể, 1 đơn vị");

        Unit b = units.findByCode("qb").orElseThrow();
        Unit commune = units.findByCode("qa-h-x").orElseThrow();
        assertThat(commune.parentId()).isEqualTo(b.id());
        assertThat(units.findByCode("qa-h-x-b").orElseThrow().isInside(commune)).isTrue();
        assertThat(units.findByCode("qa").orElseThrow().retired()).isTrue();
        assertThat(units.history(units.findByCode("qa-h").orElseThrow().id())).extracting(UnitHistoryEntry::change)
                .containsExactly(UnitChange.CREATED, UnitChange.MOVED, UnitChange.MERGED);
        assertThat(units.history(commune.id())).extracting(UnitHistoryEntry::change).containsExactly(UnitChange.CREATED, UnitChange.MOVED);
        assertThat(latestAudit("unit.reform").after()).contains("code=qa-h").contains("retired");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_former_path WHERE unit_id = ?").param(commune.id()).query(Long.class).single())
                .as("its path under A, then under A's district inside B").isEqualTo(2L);
        assertThat(terminal.answer("/lichsudv qa-h-x")).startsWith("🕓 Lịch sử của Đoàn xã A1 [qa-h-x], mới nhất trước:")
                .contains(": chuyển từ Huyện đoàn A1 về Tỉnh đoàn B").contains(": thêm vào cây (Đoàn xã A1)");
        assertThat(terminal.answer("/lichsudv qa-h")).contains(": sáp nhập vào Tỉnh đoàn B").contains(": chuyển từ Tỉnh đoàn A về Tỉnh đoàn B");
    }

    @Test
    void aReformExplainsBadInputAndWritesNothing() {
        var before = fixture.counts();
        assertThat(terminal.answer("/sapnhap tn")).startsWith("Cách dùng: /sapnhap");
        assertThat(terminal.answer("/sapnhap 01/07/2099 kg tn")).contains("chưa đến");
        assertThat(terminal.answer("/sapnhap 31/02/2025 kg tn")).contains("không đúng");
        assertThat(terminal.answer("/sapnhap tw tn")).contains("gốc của cây");
        assertThat(terminal.answer("/sapnhap tn tn-tb")).contains("nằm bên dưới");
        assertThat(terminal.answer("/sapnhap kg khong-co")).contains("Không tìm thấy đơn vị");
        assertThat(admin.say("/sapnhap tn-tb-hh tn")).isEqualTo("Bạn không phụ trách Tỉnh đoàn Tây Ninh.");
        assertThat(fixture.counts()).isEqualTo(before);
        assertThat(units.findByCode("kg").orElseThrow().retired()).isFalse();
    }

    @Test
    void theRootCannotBeRetired() {
        assertThat(terminal.answer("/giaithedv tw")).contains("gốc của cây");
    }

    @Test
    void tagsAreAddedRemovedOrReplaced() {
        admin.say("/themdv tn-tb-tag co_so tn-tb Đoàn xã Nhãn");
        assertThat(admin.say("/thedv tn-tb-tag +bien_gioi +dia_ban_dan_cu")).contains("#bien_gioi #dia_ban_dan_cu\n⏳");
        assertThat(admin.say("/thedv tn-tb-tag -bien_gioi")).contains(": #dia_ban_dan_cu\n⏳");
        assertThat(admin.say("/thedv tn-tb-tag truong_hoc")).contains(": #truong_hoc\n⏳");
        assertThat(admin.say("/thedv tn-tb-tag")).contains(": (không có nhãn)\n⏳");
        assertThat(latestAudit("unit.tags").before()).contains("tags=truong_hoc");
    }

    @Test
    void aCsvWithOneBrokenLineAmongManyWritesNothingAndNamesTheLine() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        for (int i = 0; i < 300; i++) {
            csv.append("tn-tb-hh-k").append(i).append(",Chi đoàn khu ").append(i).append(",chi_doan,tn-tb-hh,,\n");
        }
        csv.append("tn-tb-hh-bad,Chi đoàn lỗi,chidoan,tn-tb-hh,,\n");
        Path file = Files.writeString(Files.createDirectories(Path.of("target/unit-files")).resolve("broken.csv"), csv);
        var before = fixture.counts();
        String answer = admin.say("/nhapdv " + file.toAbsolutePath());
        assertThat(answer).isEqualTo("❌ Tệp có 1 lỗi, chưa ghi gì cả. Sửa rồi gửi lại:\n"
                + "• Dòng 302, cột level: «chidoan» không phải cấp; dùng một trong: trung_uong, tinh, huyen, co_so, chi_doan");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void everyProblemOfACsvComesInOneAnswerCappedWithHowManyMore() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,level,parent,tags,time_zone\n");
        for (int i = 0; i < 10; i++) {
            // two faults a line: the level and the time zone
            csv.append("tn-tb-hh-m").append(i).append(",Chi đoàn ").append(i).append(",chidoan,tn-tb-hh,,Mars/Base\n");
        }
        csv.append("tn-tb-hh-m0,Lặp lại,chi_doan,tn-tb-hh,,\n");
        Path file = Files.writeString(Files.createDirectories(Path.of("target/unit-files")).resolve("many.csv"), csv);
        var before = fixture.counts();
        List<String> lines = admin.say("/nhapdv " + file.toAbsolutePath()).lines().toList();
        assertThat(lines.get(0)).isEqualTo("❌ Tệp có 21 lỗi, chưa ghi gì cả. Sửa rồi gửi lại:");
        assertThat(lines).hasSize(1 + 15 + 1).contains(
                "• Dòng 2, cột level: «chidoan» không phải cấp; dùng một trong: trung_uong, tinh, huyen, co_so, chi_doan",
                "• Dòng 2, cột time_zone: «Mars/Base» không phải múi giờ (ví dụ Asia/Ho_Chi_Minh)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("… và 6 lỗi khác.");
        assertThat(String.join("\n", lines)).doesNotContain("must be", "is not", "field");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void aCsvImportAddsAndUpdatesUnitsInOneGoAndIsAudited() throws Exception {
        Path file = Files.writeString(Files.createDirectories(Path.of("target/unit-files")).resolve("good.csv"), """
                code,name,level,parent,tags,time_zone
                tn-tb-csv,Đoàn xã Nhập,co_so,tn-tb,dia_ban_dan_cu,
                tn-tb-csv-1,Chi đoàn ấp 1,chi_doan,tn-tb-csv,dia_ban_dan_cu,
                tn-tb-csv-2,Chi đoàn ấp 2,chi_doan,tn-tb-csv,,
                tn-tb-tbi-tk,Chi đoàn ấp Tân Khai (nhập),chi_doan,tn-tb-tbi,bien_gioi dia_ban_dan_cu,
                """);
        assertThat(admin.say("/nhapdv " + file.toAbsolutePath())).isEqualTo("✅ Đã nhập cây đơn vị: 3 đơn vị mới, 1 đơn vị được cập nhật."
                + "\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(units.findByCode("tn-tb-csv-2")).isPresent();
        assertThat(latestAudit("unit.import").after()).contains("created=3").contains("updated=1");
    }

    @Test
    void unitNamesThatWouldStartAFormulaAreExportedNeutralisedAndImportBackUnchanged() throws Exception {
        Path file = Files.writeString(Files.createDirectories(Path.of("target/unit-files")).resolve("formulas.csv"), """
                code,name,level,parent,tags,time_zone
                tn-tb-f,Đoàn xã Công Thức,co_so,tn-tb,,
                tn-tb-f-1,Chi đoàn 1,chi_doan,tn-tb-f,,
                tn-tb-f-2,Chi đoàn 2,chi_doan,tn-tb-f,,
                tn-tb-f-3,Chi đoàn 3,chi_doan,tn-tb-f,,
                tn-tb-f-4,Chi đoàn 4,chi_doan,tn-tb-f,,
                tn-tb-f-5,Chi đoàn 5,chi_doan,tn-tb-f,,
                """);
        assertThat(admin.say("/nhapdv " + file.toAbsolutePath())).startsWith("✅ Đã nhập cây đơn vị: 6 đơn vị mới");
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("tn-tb-f-1", "=HYPERLINK(\"http://evil.example/x\",\"click\")");
        names.put("tn-tb-f-2", "+1+2");
        names.put("tn-tb-f-3", "-3+cmd");
        names.put("tn-tb-f-4", "@SUM(1,2)");
        names.put("tn-tb-f-5", "\t=1+2");
        names.forEach((code, name) -> jdbc.sql("UPDATE unit SET name = ? WHERE code = ?").params(name, code).update());
        readCaches.forgetAll(); // written behind the repository's back

        OutgoingMessage message = admin.messages("/xuatdv tn-tb-f").get(0).message();
        String content = Files.readString(Path.of(message.attachment().path()));
        assertThat(content).contains("tn-tb-f-1,\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",chi_doan")
                .contains("tn-tb-f-2,\"'+1+2\",").contains("tn-tb-f-3,\"'-3+cmd\",").contains("tn-tb-f-4,\"'@SUM(1,2)\",")
                .contains("tn-tb-f-5,\"'\t=1+2\",").contains("tn-tb-f,Đoàn xã Công Thức,co_so,tn-tb,");
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(content)).getRecords();
        names.forEach((code, name) -> assertThat(records).filteredOn(r -> r.get("code").equals(code)).singleElement()
                .satisfies(r -> assertThat(r.get("name")).isEqualTo("'" + name)));

        // the import takes the quote off again (it trims names, so the tab-led one comes back without its tab)
        assertThat(admin.say("/nhapdv " + message.attachment().path())).contains("0 đơn vị mới, 1 đơn vị được cập nhật");
        names.forEach((code, name) -> assertThat(units.findByCode(code).orElseThrow().name()).isEqualTo(name.strip()));
    }

    @Test
    void aCsvTouchingUnitsOutsideTheSubtreeIsRefusedWithTheLine() throws Exception {
        Path file = Files.writeString(Files.createDirectories(Path.of("target/unit-files")).resolve("outside.csv"), """
                code,name,level,parent,tags,time_zone
                tn-tb-ok,Đoàn xã Được,co_so,tn-tb,,
                kg-ct-new,Đoàn xã Ngoài,co_so,kg-ct,,
                """);
        var before = fixture.counts();
        assertThat(admin.say("/nhapdv " + file.toAbsolutePath())).isEqualTo("Bạn không phụ trách Huyện đoàn Châu Thành (dòng 3 của tệp).");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void theExportIsACsvFileThatImportsBackUnchanged() throws Exception {
        List<CapturingSender.Sent> sent = admin.messages("/xuatdv");
        assertThat(sent).hasSize(1);
        OutgoingMessage message = sent.get(0).message();
        assertThat(message.text()).startsWith("📎 Cây đơn vị Huyện đoàn Tân Biên");
        assertThat(message.attachment().kind()).isEqualTo(OutgoingMessage.Attachment.Kind.DOCUMENT);
        assertThat(message.attachment().mediaType()).isEqualTo("text/csv");
        List<String> lines = Files.readAllLines(Path.of(message.attachment().path()));
        assertThat(lines.get(0)).isEqualTo("code,name,level,parent,tags,time_zone");
        assertThat(lines).anyMatch(l -> l.startsWith("tn-tb,Huyện đoàn Tân Biên,huyen,tn,"));
        assertThat(lines).anyMatch(l -> l.startsWith("tn-tb-hh-hb,Chi đoàn ấp Hòa Bình,chi_doan,tn-tb-hh,bien_gioi dia_ban_dan_cu,"));
        assertThat(lines).noneMatch(l -> l.startsWith("kg"));
        assertThat(admin.say("/nhapdv " + message.attachment().path())).contains("0 đơn vị mới, 0 đơn vị được cập nhật");
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertThat(admin.say("/nhapdv /khong/co/tep.csv")).isEqualTo("Không đọc được tệp «/khong/co/tep.csv».");
        assertThat(admin.say("/nhapdv")).startsWith("Cách dùng: /nhapdv");
    }

    private AuditEntry latestAudit(String action) {
        return audit.recentInSubtree("/", true, 50).stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow();
    }
}
