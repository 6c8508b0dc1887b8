package vn.doan.nhacviec.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.bot.report.ReportTables.Table;

/** The report's CSV files and workbook write user text that could start a formula with a leading quote; numbers stay numbers. */
class ReportFormulaCellsTest {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/x\",\"click\")", "+1+2", "-3+cmd", "@SUM(1,2)",
            "\t=1+2", "\r=1+2");

    @TempDir
    Path dir;

    private Table table() {
        List<List<Object>> rows = new ArrayList<>();
        for (String name : FORMULAS) {
            rows.add(List.of(name, -2, -1.5, "Nhóm A, " + name));
        }
        return new Table("thu", "Thử", List.of("Đơn vị", "Số", "Thập phân", "Liên hệ"), rows);
    }

    @Test
    void csvCellsAreQuotedWithALeadingQuote() throws Exception {
        Path file = dir.resolve("thu.csv");
        new ReportCsv().write(table(), file);
        String content = Files.readString(file, StandardCharsets.UTF_8).substring(1);
        assertThat(content).contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",-2,-1.5,").contains("\"'+1+2\",");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(content)).getRecords();
        assertThat(records).extracting(r -> r.get("Đơn vị")).containsExactlyElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(records).extracting(r -> r.get("Số")).containsOnly("-2");
        assertThat(records).extracting(r -> r.get("Liên hệ")).allMatch(c -> c.startsWith("Nhóm A, "));
    }

    @Test
    void workbookTextCellsHaveALeadingQuoteAndNoFormula() throws Exception {
        Path file = dir.resolve("thu.xlsx");
        new ReportWorkbook().write(List.of(table()), file);
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = book.getSheet("Thử");
            for (int r = 0; r < FORMULAS.size(); r++) {
                var row = sheet.getRow(r + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULAS.get(r));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-2);
            }
        }
    }
}
