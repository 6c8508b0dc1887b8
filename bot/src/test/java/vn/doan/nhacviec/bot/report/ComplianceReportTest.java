package vn.doan.nhacviec.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.report.ComplianceReport.ObligationLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.UnitLine;
import vn.doan.nhacviec.bot.staff.GeneratedTree;
import vn.doan.nhacviec.bot.staff.Press;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.audit.AuditEntry;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.report.ComplianceCounts;
import vn.doan.nhacviec.data.unit.Unit;

/** The compliance report of a generated province with a known history, checked against the history, direct SQL and its exports. */
@BotApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceReportTest {

    static final ReportPeriod OCTOBER = ReportPeriod.month(YearMonth.of(2026, 10));

    @Autowired
    ApplicationContext context;
    @Autowired
    ComplianceReports reports;
    @Autowired
    ReportTables tables;
    @Autowired
    ReportWorkbook workbook;
    @Autowired
    ComplianceChart chart;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.doan.nhacviec.data.db.ReadCaches readCaches;
    @Autowired
    Terminal terminal;
    @Autowired
    AuditLog audit;
    @Autowired
    ConversationService conversation;
    @Autowired
    DatabaseProperties database;

    GeneratedTree tree;

    @BeforeAll
    void generate() {
        tree = new GeneratedTree(context);
        tree.staff("province-staff", tree.root, Role.STAFF);
        tree.staff("district-1-staff", tree.districts.get(0), Role.STAFF);
    }

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void figuresPerObligationFollowTheHistory() {
        ComplianceReport report = reports.build(tree.root, OCTOBER);
        Map<String, ComplianceCounts> byCode = new HashMap<>();
        report.obligations().forEach(line -> byCode.put(line.obligation().code(), line.counts()));
        assertThat(byCode).containsOnlyKeys("GEN-SH", "GEN-BC");
        // branches: on time, on time, late, missed, excused, open (the first open one done late on 20/11)
        assertThat(byCode.get("GEN-SH")).isEqualTo(new ComplianceCounts(6, 4, 5, 3, 0));
        assertThat(byCode.get("GEN-BC")).isEqualTo(new ComplianceCounts(2, 2, 2, 0, 0));
        assertThat(report.total()).isEqualTo(new ComplianceCounts(8, 6, 7, 3, 0));
    }

    @Test
    void figuresEqualThoseComputedByDirectSql() {
        ComplianceReport report = reports.build(tree.root, OCTOBER);
        Map<String, ComplianceCounts> expectedByObligation = sql("""
                SELECT ob.code, o.state, CASE WHEN o.due_at <= :now THEN 1 ELSE 0 END, COUNT(*)
                FROM occurrence o JOIN obligation ob ON ob.id = o.obligation_id
                WHERE o.unit_id IN (SELECT id FROM unit WHERE path LIKE :path)
                  AND o.deadline BETWEEN '2026-10-02' AND '2026-11-01'
                GROUP BY ob.code, o.state, CASE WHEN o.due_at <= :now THEN 1 ELSE 0 END""");
        Map<String, ComplianceCounts> actualByObligation = new HashMap<>();
        for (ObligationLine line : report.obligations()) {
            actualByObligation.put(line.obligation().code(), line.counts());
        }
        assertThat(actualByObligation).isEqualTo(expectedByObligation);

        Map<String, ComplianceCounts> expectedByDistrict = sql("""
                SELECT d.code, o.state, CASE WHEN o.due_at <= :now THEN 1 ELSE 0 END, COUNT(*)
                FROM occurrence o JOIN unit u ON u.id = o.unit_id JOIN unit d ON u.path LIKE d.path || '%'
                WHERE d.parent_id = (SELECT id FROM unit WHERE code = 'gen') AND u.path LIKE :path
                  AND o.deadline BETWEEN '2026-10-02' AND '2026-11-01'
                GROUP BY d.code, o.state, CASE WHEN o.due_at <= :now THEN 1 ELSE 0 END""");
        Map<String, ComplianceCounts> actualByDistrict = new HashMap<>();
        for (UnitLine line : report.units()) {
            actualByDistrict.put(line.unit().code(), line.counts());
        }
        assertThat(actualByDistrict).isEqualTo(expectedByDistrict);
    }

    @Test
    void worstUnitsComeFirst() {
        ComplianceReport report = reports.build(tree.root, OCTOBER);
        // d3: 2 of 7 on time; d2: 3 of 7 with 3 not done; d1: 3 of 7 with 1 not done
        assertThat(report.units()).extracting(l -> l.unit().code()).containsExactly("gen-d3", "gen-d2", "gen-d1");
        // commune reports: 2 of 6 on time; branch meetings: 6 of 15
        assertThat(report.obligations()).extracting(l -> l.obligation().code()).containsExactly("GEN-BC", "GEN-SH");
    }

    @Test
    void numericTargetsAreSummedOverTheSubtreeAgainstTheTarget() {
        ReportPeriod year = ReportPeriod.year(2026);
        ComplianceReport report = reports.build(tree.root, year);
        assertThat(report.targets()).singleElement().satisfies(target -> {
            assertThat(target.obligation().code()).isEqualTo("GEN-CAY");
            assertThat(target.reported()).isEqualTo(2000.0);
            assertThat(target.target()).isEqualTo(300_000.0);
            assertThat(target.wholeArea(tree.root)).isTrue();
        });
        // a district contributes to a target that is set for the whole province
        ComplianceReport district = reports.build(tree.districts.get(1), year);
        assertThat(district.targets()).singleElement().satisfies(target -> {
            assertThat(target.reported()).isEqualTo(800.0);
            assertThat(target.wholeArea(tree.districts.get(1))).isFalse();
        });
        String text = terminal.as("province-staff", "province-staff", "/baocao gen nam").get(0).message().text();
        assertThat(text).contains("Trồng 300.000 cây xanh (thử nghiệm): 2.000/300.000 cây (1%)");
    }

    @Test
    void theReportReadsWithDrillDownChoicesForTheChildren() {
        List<CapturingSender.Sent> sent = terminal.as("province-staff", "province-staff", "/baocao gen 10/2026");
        assertThat(sent).hasSize(1);
        String text = sent.get(0).message().text();
        assertThat(text).contains("Tỉnh đoàn Thử Nghiệm").contains("tháng 10/2026 (01/10/2026–31/10/2026)")
                .contains("Sinh hoạt chi đoàn (thử nghiệm): ✅ 6 · ⏰ 4 · ❌ 5 · 🆗 3")
                .contains("1. Huyện đoàn Số 3 [gen-d3]");
        assertThat(sent.get(0).message().choices()).extracting(c -> c.data())
                .startsWith("rp:" + tree.districts.get(2).id() + ":2026-10").contains("rx:" + tree.root.id() + ":2026-10");
        // choosing the first answer (by its number, as on Zalo or in the terminal) drills down into the worst district
        String drilled = terminal.as("province-staff", "province-staff", "1").get(0).message().text();
        assertThat(drilled).contains("Huyện đoàn Số 3").contains("Đoàn xã Số 3.1 [gen-d3-c1]");
    }

    @Test
    void periodsAreReadAsPeopleTypeThem() {
        assertThat(terminal.as("province-staff", "province-staff", "/baocao gen Q4/2026").get(0).message().text())
                .contains("quý IV/2026 (01/10/2026–31/12/2026)");
        assertThat(terminal.as("province-staff", "province-staff", "/baocao gen 01/10/2026-15/10/2026").get(0).message().text())
                .contains("01/10/2026–15/10/2026").contains("Không có việc nào có hạn trong kỳ này.");
        assertThat(terminal.as("province-staff", "province-staff", "/baocao gen thang-gi-do").get(0).message().text())
                .contains("Tôi chưa hiểu kỳ");
    }

    @Test
    void overdueUnitsAreListedWithTheChatsToContact() {
        String text = terminal.as("province-staff", "province-staff", "/tre gen").get(0).message().text();
        // open past due now: 2 branch meetings, 2 commune reports, 2 district reports
        assertThat(text).contains("6 việc ở 6 đơn vị");
        assertThat(text).contains("Chi đoàn ấp Số 2.2.3 [gen-d2-c2-b3]").contains("Nhóm Chi đoàn ấp Số 2.2.3 (dòng lệnh)").doesNotContain("(console)");
        assertThat(text).doesNotContain("gen-d1-c2-b3");
    }

    @Test
    void theWorkbookReadBackHoldsTheSameFigures() throws Exception {
        ComplianceReport report = reports.build(tree.root, OCTOBER);
        Path file = Files.createTempFile("report", ".xlsx");
        workbook.write(tables.of(Messages.VIETNAMESE, report), file);
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            Sheet summary = book.getSheet("Tổng hợp");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(summary.getRow(4).getCell(1))).isEqualTo("01/10/2026");
            assertThat(formatter.formatCellValue(summary.getRow(5).getCell(1))).isEqualTo("31/10/2026");

            Sheet byObligation = book.getSheet("Theo việc");
            assertThat(header(byObligation)).containsExactly("Mã việc", "Việc", "Đúng hạn", "Trễ hạn", "Chưa làm", "Được miễn",
                    "Chưa đến hạn", "Tỷ lệ đúng hạn");
            Map<String, ComplianceCounts> sheet = countsByKey(byObligation, 0, 2);
            for (ObligationLine line : report.obligations()) {
                assertThat(sheet.get(line.obligation().code())).isEqualTo(line.counts());
            }
            Map<String, ComplianceCounts> units = countsByKey(book.getSheet("Theo đơn vị"), 0, 3);
            for (UnitLine line : report.units()) {
                assertThat(units.get(line.unit().code())).isEqualTo(line.counts());
            }
            Row gen = book.getSheet("Theo việc").getRow(1);
            assertThat(gen.getCell(7).getNumericCellValue()).isEqualTo(report.obligations().get(0).counts().onTimeRate());

            Sheet overdue = book.getSheet("Quá hạn");
            assertThat(overdue.getLastRowNum()).isEqualTo(report.overdueItems());
            Cell lastDay = overdue.getRow(1).getCell(5);
            assertThat(formatter.formatCellValue(lastDay)).matches("\\d{2}/\\d{2}/2026");
        }
    }

    @Test
    void exportSendsTheWorkbookAndCsvFilesAsDocuments() throws Exception {
        List<CapturingSender.Sent> sent = terminal.as("province-staff", "province-staff", "/xuat gen 10/2026");
        List<Attachment> files = sent.stream().map(s -> s.message().attachment()).filter(a -> a != null).toList();
        assertThat(files).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(Attachment.Kind.DOCUMENT);
            assertThat(Path.of(a.path())).exists().startsWith(Path.of("target/test-db").toAbsolutePath());
            assertThat(Path.of(a.path()).getParent().getFileName()).hasToString("exports");
        });
        assertThat(files).extracting(Attachment::fileName).anyMatch(n -> n.endsWith(".xlsx"))
                .anyMatch(n -> n.endsWith("_theo-viec.csv")).anyMatch(n -> n.endsWith("_theo-don-vi.csv"));
        Attachment csv = files.stream().filter(a -> a.fileName().endsWith("_theo-viec.csv")).findFirst().orElseThrow();
        String content = Files.readString(Path.of(csv.path()), StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFMã việc,Việc,Đúng hạn");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(content.substring(1))).getRecords();
        CSVRecord sh = records.stream().filter(r -> r.get("Mã việc").equals("GEN-SH")).findFirst().orElseThrow();
        assertThat(List.of(sh.get("Đúng hạn"), sh.get("Trễ hạn"), sh.get("Chưa làm"), sh.get("Được miễn"), sh.get("Tỷ lệ đúng hạn")))
                .containsExactly("6", "4", "5", "3", "40.0");
    }

    @Test
    void aUnitNameThatWouldStartAFormulaIsExportedWithALeadingQuote() throws Exception {
        Unit district = tree.districts.get(2);
        String evil = "=HYPERLINK(\"http://evil.example/x\",\"click\")";
        jdbc.sql("UPDATE unit SET name = ? WHERE id = ?").params(evil, district.id()).update();
        readCaches.forgetAll(); // written behind the repository's back
        List<Attachment> files = List.of();
        try {
            files = terminal.as("province-staff", "province-staff", "/xuat gen 10/2026").stream()
                    .map(s -> s.message().attachment()).filter(a -> a != null).toList();
            Attachment csv = files.stream().filter(a -> a.fileName().endsWith("_theo-don-vi.csv")).findFirst().orElseThrow();
            String content = Files.readString(Path.of(csv.path()), StandardCharsets.UTF_8).substring(1);
            assertThat(content).contains(district.code() + ",\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",");
            CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(content))
                    .getRecords().stream().filter(r -> r.get("Mã đơn vị").equals(district.code())).findFirst().orElseThrow();
            assertThat(row.get("Đơn vị")).isEqualTo("'" + evil);

            Attachment xlsx = files.stream().filter(a -> a.fileName().endsWith(".xlsx")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(Path.of(xlsx.path())); Workbook book = WorkbookFactory.create(in)) {
                Sheet units = book.getSheet("Theo đơn vị");
                Row found = null;
                for (Row r : units) {
                    if (district.code().equals(r.getCell(0).getStringCellValue())) {
                        found = r;
                    }
                }
                assertThat(found).isNotNull();
                assertThat(found.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(found.getCell(1).getStringCellValue()).isEqualTo("'" + evil);
            }
        } finally {
            jdbc.sql("UPDATE unit SET name = ? WHERE id = ?").params(district.name(), district.id()).update();
            readCaches.forgetAll();
            // the other export tests expect the file names of this minute free
            for (Attachment file : files) {
                Files.deleteIfExists(Path.of(file.path()));
            }
        }
    }

    @Test
    void theChartIsAPngOfTheExpectedSize() throws Exception {
        ComplianceReport report = reports.build(tree.root, OCTOBER);
        Path file = Files.createTempFile("chart", ".png");
        chart.write(Messages.VIETNAMESE, report, file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(ComplianceChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ComplianceChart.heightFor(3));

        List<CapturingSender.Sent> sent = terminal.as("province-staff", "province-staff", "/bieudo gen 10/2026");
        Attachment photo = sent.get(0).message().attachment();
        assertThat(photo.kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(photo.mediaType()).isEqualTo("image/png");
        assertThat(ImageIO.read(Path.of(photo.path()).toFile()).getWidth()).isEqualTo(ComplianceChart.WIDTH);
    }

    @Test
    void aDistrictStaffMemberCannotReportOnAnotherDistrict() throws Exception {
        long auditBefore = audit.count();
        long filesBefore = exportedFiles();
        Unit other = tree.districts.get(1);
        for (String command : List.of("/baocao gen-d2", "/tre gen-d2", "/xuat gen-d2", "/bieudo gen-d2", "/baocao gen")) {
            List<CapturingSender.Sent> sent = terminal.as("district-1-staff", "district-1-staff", command);
            assertThat(sent).as(command).singleElement().satisfies(s -> {
                assertThat(s.message().text()).startsWith("Bạn không phụ trách");
                assertThat(s.message().attachment()).isNull();
            });
        }
        // a drill-down answer for another district is checked again
        Press.inPrivate(conversation, "district-1-staff", "rp:" + other.id() + ":2026-10");
        assertThat(terminal.flush()).singleElement().satisfies(s -> assertThat(s.message().text()).startsWith("Bạn không phụ trách"));

        List<AuditEntry> refusals = audit.recentInSubtree(tree.root.path(), false, 20).stream()
                .filter(e -> e.outcome() == AuditEntry.Outcome.REFUSED).toList();
        assertThat(refusals).hasSize(6).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("report.view", "report.late", "report.export", "report.chart", "report.view", "report.view");
        assertThat(audit.count()).isEqualTo(auditBefore + 6);
        assertThat(exportedFiles()).isEqualTo(filesBefore);
        // their own district is fine
        assertThat(terminal.as("district-1-staff", "district-1-staff", "/baocao 10/2026").get(0).message().text())
                .contains("Huyện đoàn Số 1");
    }

    private long exportedFiles() throws java.io.IOException {
        Path exports = database.dataDir().resolve("exports");
        if (!Files.isDirectory(exports)) {
            return 0;
        }
        try (var files = Files.list(exports)) {
            return files.count();
        }
    }

    private Map<String, ComplianceCounts> sql(String query) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql(query).param("now", GeneratedTree.NOW.toEpochMilli()).param("path", tree.root.path() + "%")
                .query((rs, i) -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[5]);
                    String state = rs.getString(2);
                    boolean past = rs.getInt(3) == 1;
                    int n = rs.getInt(4);
                    switch (state) {
                        case "DONE" -> c[0] += n;
                        case "DONE_LATE" -> c[1] += n;
                        case "MISSED" -> c[2] += n;
                        case "EXCUSED" -> c[3] += n;
                        default -> c[past ? 2 : 4] += n;
                    }
                    return null;
                }).list();
        Map<String, ComplianceCounts> result = new HashMap<>();
        counts.forEach((k, c) -> result.put(k, new ComplianceCounts(c[0], c[1], c[2], c[3], c[4])));
        return result;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static Map<String, ComplianceCounts> countsByKey(Sheet sheet, int keyColumn, int firstCount) {
        Map<String, ComplianceCounts> result = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int[] c = new int[5];
            for (int i = 0; i < 5; i++) {
                c[i] = (int) row.getCell(firstCount + i).getNumericCellValue();
            }
            result.put(row.getCell(keyColumn).getStringCellValue(), new ComplianceCounts(c[0], c[1], c[2], c[3], c[4]));
        }
        return result;
    }
}
