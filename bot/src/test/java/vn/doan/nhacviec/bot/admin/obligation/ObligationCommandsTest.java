package vn.doan.nhacviec.bot.admin.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.admin.AdminFixture;
import vn.doan.nhacviec.bot.admin.AdminTestSupport;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.staff.Press;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;

/** The obligation catalogue from chat: the list, the guided dialogue, YAML files, pause and resume. */
@BotApplicationTest
class ObligationCommandsTest {

    @Autowired
    Terminal terminal;
    @Autowired
    ConversationService conversation;
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
    OccurrencePlanner planner;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    AdminFixture fixture;
    AdminTestSupport districtAdmin;
    AdminTestSupport topAdmin;

    @BeforeEach
    void admins() {
        fixture = new AdminFixture(units, people, chats, plans, obligations, jdbc, Path.of("target/obligation-files"));
        String ref = "admin-tb-" + System.nanoTime();
        fixture.holding(ref, Role.ADMIN, "tn-tb");
        districtAdmin = new AdminTestSupport(terminal, ref);
        topAdmin = new AdminTestSupport(terminal, "terminal");
        terminal.flush();
    }

    @AfterEach
    void backToToday() {
        clock.set(BotTestConfiguration.START);
        terminal.say("/huy");
    }

    @Test
    void theListShowsPlansTheirObligationsAndWhereEachIsWritten() {
        assertThat(districtAdmin.say("/nghiavu")).contains("DIEU-LE — Điều lệ Đoàn TNCS Hồ Chí Minh").contains("TN-CT06-2021");
        assertThat(districtAdmin.say("/nghiavu dieu-le")).contains("DL-SH-CHIDOAN-THANG — Sinh hoạt chi đoàn hằng tháng")
                .contains("nguồn: 003_a6126f333eeb2043.txt §III.2.3");
        assertThat(districtAdmin.say("/nghiavu DL-SH-CHIDOAN-THANG")).contains("Ai làm: Chi đoàn trừ nhãn #bien_gioi")
                .contains("«Tổ chức sinh hoạt chi đoàn đúng Điều lệ Đoàn (1 tháng/lần) …»");
        assertThat(districtAdmin.say("/nghiavu TN-CT06-2021 2")).contains("TN21-");
        assertThat(districtAdmin.say("/nghiavu KHONG-CO")).contains("Không có kế hoạch hay nhiệm vụ nào mã «KHONG-CO»");
    }

    @Test
    void aPlansObligationsPageByTenWithAButtonOnTelegramAndTheCommandTyped() {
        var plan = plans.findByCode("TN-CT06-2021").orElseThrow();
        List<Obligation> all = obligations.findByPlan(plan.id());
        int pages = (all.size() + 9) / 10;
        assertThat(pages).isGreaterThan(1);

        List<CapturingSender.Sent> first = districtAdmin.messages("/nghiavu TN-CT06-2021");
        String text = first.get(0).message().text();
        assertThat(text).contains("— trang 1/" + pages).contains("\n\n" + all.get(0).code() + " — ").contains("\n\n" + all.get(9).code() + " — ")
                .doesNotContain("\n\n" + all.get(10).code() + " — ")
                .contains("… còn " + (all.size() - 10) + " nhiệm vụ: /nghiavu TN-CT06-2021 2");
        // the numbers of a list are its items: the next page is a button only, never a numbered answer
        assertThat(first.get(0).message().choices()).singleElement().satisfies(choice -> {
            assertThat(choice.buttonOnly()).isTrue();
            assertThat(choice.data()).isEqualTo("nvp:" + plan.id() + ":2");
        });

        String typed = districtAdmin.say("/nghiavu TN-CT06-2021 2");
        assertThat(typed).contains("— trang 2/" + pages).contains("\n\n" + all.get(10).code() + " — ").doesNotContain("\n\n" + all.get(9).code() + " — ");
        Press.inPrivate(conversation, districtAdmin.userRef(), first.get(0).message().choices().get(0).data());
        assertThat(terminal.flush()).singleElement().satisfies(sent -> assertThat(sent.message().text()).isEqualTo(typed));

        assertThat(districtAdmin.say("/nghiavu TN-CT06-2021 " + (pages + 1)))
                .isEqualTo("Không có trang " + (pages + 1) + "; danh sách có " + pages + " trang.");
    }

    @Test
    void aDistrictAdminAddsAnObligationForTheirSubtreeStepByStep() {
        assertThat(districtAdmin.say("/themnv")).contains("Thêm nhiệm vụ cho Huyện đoàn Tân Biên").contains("1️⃣ Tên nhiệm vụ?");
        assertThat(districtAdmin.say("Báo cáo tuần tra biên giới")).contains("2️⃣ Đơn vị nào phải làm?");
        assertThat(districtAdmin.say("chi doan")).startsWith("Tôi chưa đọc được: cần ít nhất một cấp");
        assertThat(districtAdmin.say("chi_doan #bien_gioi")).contains("3️⃣ Bao lâu một lần?");
        assertThat(districtAdmin.say("9")).startsWith("Tôi chưa đọc được: chọn một số từ 1 đến 6.");
        assertThat(districtAdmin.say("hằng quý")).contains("4️⃣ Hạn mỗi kỳ");
        assertThat(districtAdmin.say("25")).contains("5️⃣ Kiểu nhắc việc?").contains("gấp (gõ «gap»), nhẹ (gõ «nhe»)");
        String summary = districtAdmin.say("-");
        assertThat(summary).contains("Tên: Báo cáo tuần tra biên giới").contains("Ai làm: Chi đoàn có nhãn #bien_gioi")
                .contains("hằng quý").contains("đến hết ngày 25 của tháng cuối kỳ").contains("Lưu nhiệm vụ này?");
        assertThat(districtAdmin.say("1")).isEqualTo("✅ Đã thêm CHAT-TN-TB-1 — Báo cáo tuần tra biên giới cho Huyện đoàn Tân Biên và các đơn vị bên dưới."
                + "\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");

        Obligation added = obligations.findByCode("CHAT-TN-TB-1").orElseThrow();
        assertThat(plans.findById(added.planId()).orElseThrow().issuerCode()).isEqualTo("tn-tb");
        assertThat(added.assignee().levels()).containsExactly(Level.CHI_DOAN);
        assertThat(added.assignee().tagsAll()).containsExactly("bien_gioi");
        assertThat(added.recurrence()).isEqualTo(new Recurrence(Recurrence.Frequency.QUARTER, null, null, null, 25, null));
        assertThat(unitsWithItemsOf(added)).contains("tn-tb-hh-hb", "tn-tb-tbi-tk").noneMatch(code -> !code.startsWith("tn-tb-"));
        assertThat(audit.recentInSubtree(units.findByCode("tn-tb").orElseThrow().path(), false, 5))
                .anyMatch(e -> e.action().equals("obligation.add") && e.after().contains("CHAT-TN-TB-1"));
    }

    @Test
    void aDialogueIsCancelledByHuyAndByAnyOtherCommandAndWritesNothing() {
        var before = fixture.counts();
        districtAdmin.say("/themnv");
        districtAdmin.say("Tên thử");
        assertThat(districtAdmin.say("/huy")).isEqualTo("Đã hủy. Không có gì được lưu.");
        assertThat(districtAdmin.say("/huy")).isEqualTo("Không có câu hỏi nào đang chờ để hủy.");
        districtAdmin.say("/themnv");
        assertThat(districtAdmin.say("hủy")).isEqualTo("Đã hủy. Không có gì được lưu.");
        districtAdmin.say("/themnv");
        assertThat(districtAdmin.say("/nghiavu")).contains("Các kế hoạch");
        assertThat(districtAdmin.say("Tên sau lệnh khác")).doesNotContain("2️⃣");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void aDialogueTimesOut() {
        districtAdmin.say("/themnv");
        clock.advance(Duration.ofMinutes(31));
        assertThat(districtAdmin.say("Tên quá muộn")).doesNotContain("2️⃣");
        assertThat(districtAdmin.say("/huy")).isEqualTo("Không có câu hỏi nào đang chờ để hủy.");
    }

    @Test
    void aButtonAnswersTheWaitingStep() {
        districtAdmin.say("/themnv");
        districtAdmin.say("Họp giao ban");
        districtAdmin.say("co_so");
        conversation.handle(new Inbound("console", districtAdmin.userRef(), Chat.ChatKind.PRIVATE, null, districtAdmin.userRef(),
                districtAdmin.userRef(), null, null, "dlg:4", null, true));
        assertThat(terminal.flush().get(0).message().text()).contains("4️⃣ Hạn mỗi năm");
    }

    @Test
    void anEditMakesANewVersionAndLeavesEveryPlannedItemAndAnswerAsItWas() {
        AdminTestSupport secretary = new AdminTestSupport(terminal, "sec-vp-" + System.nanoTime());
        fixture.holding(secretary.userRef(), Role.SECRETARY, "kg-ct-vhh-vp");
        chats.bind(fixture.chat(secretary.userRef()).id(), units.findByCode("kg-ct-vhh-vp").orElseThrow().id());
        assertThat(secretary.say("/xong DL-SH-CHIDOAN-THANG")).startsWith("✅ Đã ghi nhận: Sinh hoạt chi đoàn hằng tháng");
        Obligation charter = obligations.findByCode("DL-SH-CHIDOAN-THANG").orElseThrow();
        List<Map<String, Object>> itemsBefore = items(charter);
        List<Map<String, Object>> answersBefore = answers(charter);

        topAdmin.say("/suanv DL-SH-CHIDOAN-THANG");
        assertThat(topAdmin.say("=")).contains("Hiện tại: Chi đoàn trừ nhãn #bien_gioi");
        topAdmin.say("=");
        topAdmin.say("=");
        assertThat(topAdmin.say("25")).contains("5️⃣");
        topAdmin.say("=");
        assertThat(topAdmin.say("1")).isEqualTo("✅ Đã lưu DL-SH-CHIDOAN-THANG — Sinh hoạt chi đoàn hằng tháng (bản 2). "
                + "Các kỳ đã tạo giữ nguyên; kỳ sau theo nội dung mới." + "\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");

        assertThat(obligations.versionCount(charter.id())).isEqualTo(2);
        assertThat(items(charter)).containsAll(itemsBefore);
        assertThat(answers(charter)).isEqualTo(answersBefore);
        clock.advance(Duration.ofDays(60));
        planner.planAhead();
        assertThat(jdbc.sql("SELECT DISTINCT deadline FROM occurrence WHERE obligation_id = ? AND period_key = '2027-02'")
                .param(charter.id()).query(String.class).list()).containsExactly("2027-02-26");
        assertThat(audit.recentInSubtree("/", true, 10)).anyMatch(e -> e.action().equals("obligation.edit")
                && e.before().contains("\"last_day\":null") && e.after().contains("\"last_day\":25"));
    }

    @Test
    void onlyAnAdminOverThePlansIssuerMayChangeItsObligations() {
        var before = fixture.counts();
        assertThat(districtAdmin.say("/suanv DL-SH-CHIDOAN-THANG")).isEqualTo("Bạn không phụ trách Trung ương Đoàn TNCS Hồ Chí Minh.");
        assertThat(districtAdmin.say("/tamdungnv TN21-SH-CHIDOAN-BIENGIOI")).isEqualTo("Bạn không phụ trách Tỉnh đoàn Tây Ninh.");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void pauseAndResume() {
        var c = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, c.userRef());
        String code = c.inside().obligationCode();
        assertThat(admin.say("/tamdungnv " + code)).startsWith("⏸ Đã tạm dừng " + code);
        assertThat(obligations.findByCode(code).orElseThrow().paused()).isTrue();
        assertThat(admin.say("/tamdungnv " + code)).isEqualTo(code + " đang tạm dừng rồi.");
        assertThat(admin.say("/nghiavu " + code)).contains("⏸ tạm dừng");
        assertThat(admin.say("/tieptucnv " + code)).startsWith("▶️ " + code);
        assertThat(obligations.findByCode(code).orElseThrow().paused()).isFalse();
    }

    @Test
    void aYamlFileInTheCatalogueFormatAddsOrVersionsObligations() throws Exception {
        var c = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, c.userRef());
        String planCode = "T-" + c.inside().top().code().toUpperCase();
        assertThat(admin.say("/nhapnv " + c.inside().catalogYaml())).isEqualTo("✅ Kế hoạch " + planCode + ": 0 nhiệm vụ mới, 1 nhiệm vụ có bản mới, 0 không đổi."
                + "\n⏳ Việc của các đơn vị liên quan đang được cập nhật (chạy nền, xong sau ít phút).");
        assertThat(obligations.findByCode(c.inside().obligationCode()).orElseThrow().recurrence().every()).isEqualTo(Recurrence.Frequency.QUARTER);
        assertThat(admin.say("/nhapnv " + c.inside().catalogYaml())).contains("0 nhiệm vụ mới, 0 nhiệm vụ có bản mới, 1 không đổi");

        Path newPlan = Files.writeString(c.inside().catalogYaml().resolveSibling("new-" + c.userRef() + ".yml"), """
                plan:
                  code: KH-%s
                  title: Kế hoạch mới
                  issuer: %s
                  source_file: kh.pdf
                  in_force_from: 2026-11-01
                obligations:
                  - code: KH-%s-BAOCAO
                    title: Báo cáo năm
                    source: {file: kh.pdf, section: "II.1", quote: "Báo cáo trước ngày 15/11"}
                    assignee: {levels: [chi_doan]}
                    recurrence: {every: year, before: "15/11"}
                    completion: {kind: yes_no}
                    recipient: Đoàn xã
                """.formatted(planCode, c.inside().top().code(), planCode));
        assertThat(admin.say("/nhapnv " + newPlan)).startsWith("✅ Đã thêm kế hoạch KH-" + planCode + ": 1 nhiệm vụ mới");
        assertThat(admin.say("/nhatky")).as("the audit shows the levels by their names")
                .contains("↳ cấp nhận việc: Chi đoàn").doesNotContain("[\"CHI_DOAN\"]");
    }

    @Test
    void aDeeplyNestedYamlFileIsTheImportsOwnErrorNotAnInternalOne() throws Exception {
        var c = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, c.userRef());
        Path nested = Files.writeString(c.inside().catalogYaml().resolveSibling("nested-" + c.userRef() + ".yml"), "[".repeat(50_000));
        var before = fixture.counts();
        String answer = admin.say("/nhapnv " + nested);
        assertThat(answer).startsWith("❌ Tệp " + nested.getFileName() + " có 1 lỗi, chưa ghi gì cả").contains("• không phải YAML hợp lệ").doesNotContain("YAML:");
        assertThat(fixture.counts()).isEqualTo(before);

        Path flow = Files.writeString(nested.resolveSibling("flow-" + c.userRef() + ".yml"), "a: " + "{b: ".repeat(20_000));
        assertThat(admin.say("/nhapnv " + flow)).startsWith("❌ Tệp " + flow.getFileName() + " có 1 lỗi, chưa ghi gì cả");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void aBrokenYamlFileNamesEveryProblemAndWritesNothing() throws Exception {
        var c = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, c.userRef());
        Path broken = Files.writeString(c.inside().catalogYaml().resolveSibling("broken-" + c.userRef() + ".yml"), """
                plan:
                  code: KH-BROKEN
                  title: Kế hoạch hỏng
                  issuer: %s
                  source_file: kh.pdf
                  in_force_from: 2026-11-01
                obligations:
                  - code: KH-BROKEN-1
                    title: Báo cáo
                    source: {file: kh.pdf, section: "1", quote: "…"}
                    assignee: {levels: [chi_doan]}
                    recurrence: {every: month, before: "31/02"}
                    completion: {kind: yes_no}
                    recipient: Đoàn xã
                  - code: DL-SH-CHIDOAN-THANG
                    title: Lấy mã của kế hoạch khác
                    source: {file: kh.pdf, section: "1", quote: "…"}
                    assignee: {levels: [chi_doan]}
                    recurrence: {every: month}
                    completion: {kind: yes_no}
                    recipient: Đoàn xã
                """.formatted(c.inside().top().code()));
        var before = fixture.counts();
        String answer = admin.say("/nhapnv " + broken);
        assertThat(answer).isEqualTo("❌ Tệp " + broken.getFileName() + " có 2 lỗi, chưa ghi gì cả:\n"
                + "• nhiệm vụ KH-BROKEN-1, trường recurrence.before: chỉ dùng với every: year hoặc every: once, không dùng với month"
                + " (hạn là cuối mỗi kỳ)\n"
                + "• nhiệm vụ DL-SH-CHIDOAN-THANG, trường code: thuộc kế hoạch DIEU-LE");
        assertThat(fixture.counts()).isEqualTo(before);

        admin.say("/ngonngu en");
        assertThat(admin.say("/nhapnv " + broken)).endsWith(":\n"
                + "• obligation KH-BROKEN-1, field recurrence.before: is only allowed with every: year or every: once, not month"
                + " (the deadline is the end of each period)\n"
                + "• obligation DL-SH-CHIDOAN-THANG, field code: belongs to plan DIEU-LE");
        admin.say("/ngonngu vi");
        assertThat(fixture.counts()).isEqualTo(before);

        Path outside = c.outside().catalogYaml();
        assertThat(admin.say("/nhapnv " + outside)).isEqualTo("Bạn không phụ trách " + c.outside().top().name() + ".");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void everyProblemOfAYamlFileComesInOneAnswerCappedWithHowManyMore() throws Exception {
        var c = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, c.userRef());
        StringBuilder yaml = new StringBuilder("""
                plan:
                  code: KH-MANY
                  title: Kế hoạch nhiều lỗi
                  issuer: %s
                  in_force_from: 2026-11-01
                obligations:
                """.formatted(c.inside().top().code()));
        for (int i = 1; i <= 9; i++) {
            // each obligation has two faults: a bad deadline and no recipient
            yaml.append("""
                      - code: KH-MANY-%d
                        title: Báo cáo %d
                        source: {file: kh.pdf, section: "1", quote: "…"}
                        assignee: {levels: [chi_doan]}
                        recurrence: {every: year, before: "31/02"}
                        completion: {kind: yes_no}
                    """.formatted(i, i));
        }
        Path many = Files.writeString(c.inside().catalogYaml().resolveSibling("many-" + c.userRef() + ".yml"), yaml);
        var before = fixture.counts();
        List<String> lines = admin.say("/nhapnv " + many).lines().toList();
        assertThat(lines.get(0)).isEqualTo("❌ Tệp " + many.getFileName() + " có 19 lỗi, chưa ghi gì cả:");
        assertThat(lines).hasSize(1 + 15 + 1).contains("• kế hoạch, trường source_file: chưa có",
                "• nhiệm vụ KH-MANY-1, trường recurrence.before: «31/02» không phải ngày/tháng hợp lệ (dạng dd/MM)",
                "• nhiệm vụ KH-MANY-1, trường recipient: chưa có");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("… và 4 lỗi khác.");
        assertThat(String.join("\n", lines)).doesNotContain("field", "is missing", "is not");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    private List<String> unitsWithItemsOf(Obligation obligation) {
        return jdbc.sql("SELECT DISTINCT u.code FROM occurrence o JOIN unit u ON u.id = o.unit_id WHERE o.obligation_id = ?")
                .param(obligation.id()).query(String.class).list();
    }

    private List<Map<String, Object>> items(Obligation obligation) {
        return jdbc.sql("SELECT id, unit_id, period_key, deadline, due_at, state FROM occurrence WHERE obligation_id = ? ORDER BY id")
                .param(obligation.id()).query().listOfRows();
    }

    private List<Map<String, Object>> answers(Obligation obligation) {
        return jdbc.sql("SELECT s.* FROM status_update s JOIN occurrence o ON o.id = s.occurrence_id WHERE o.obligation_id = ? ORDER BY s.id")
                .param(obligation.id()).query().listOfRows();
    }
}
