package vn.doan.nhacviec.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.bot.report.ReportTables.Percent;
import vn.doan.nhacviec.bot.report.ReportTables.Table;

/**
 * The workbook of a very large subtree is written in a JVM with a small heap (forked, -Xmx64m):
 * a workbook built whole in memory (XSSF) runs out of heap there long before 150,000 rows of eight columns.
 */
class ReportWorkbookHeapTest {

    static final int ROWS = 150_000;

    @Test
    void aHundredAndFiftyThousandRowsAreWrittenIn64MegabytesOfHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-Djava.io.tmpdir=" + dir, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe finished").isTrue();
        String log = Files.readString(dir.resolve("probe.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(Files.size(file)).isGreaterThan(1_000_000);
        assertThat(dir.toFile().list((d, name) -> name.startsWith("poi-sxssf"))).as("no temporary sheet left behind").isEmpty();
    }

    @Test
    void aSmallWorkbookReadsBackWithItsValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.xlsx");
        new ReportWorkbook().write(List.of(Probe.table(500)), file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(500);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(42).getCell(0).getStringCellValue()).isEqualTo("Chi đoàn số 41");
            assertThat(sheet.getRow(42).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(3));
        }
    }

    /** Runs in the forked JVM: rows made as they are read, so only the workbook can take the heap. */
    public static final class Probe {

        public static void main(String[] args) {
            new ReportWorkbook().write(List.of(table(ROWS)), Path.of(args[0]));
            System.out.println("written");
        }

        static Table table(int size) {
            List<List<Object>> rows = new AbstractList<>() {
                @Override
                public List<Object> get(int i) {
                    return List.of("Chi đoàn số " + i, "tn-tb-" + i, LocalDate.of(2026, 11, 30), i % 7, new Percent((i % 100) / 100.0),
                            "Báo cáo tháng " + (i % 12 + 1), i * 1.5, "ghi chú " + i);
                }

                @Override
                public int size() {
                    return size;
                }
            };
            return new Table("units", "Đơn vị", List.of("Đơn vị", "Mã", "Hạn", "Số", "Tỉ lệ", "Việc", "Điểm", "Ghi chú"), rows);
        }
    }
}
