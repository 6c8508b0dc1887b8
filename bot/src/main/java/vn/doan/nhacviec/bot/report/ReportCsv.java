package vn.doan.nhacviec.bot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.sheet.SpreadsheetCells;
import vn.doan.nhacviec.bot.report.ReportTables.Percent;
import vn.doan.nhacviec.bot.report.ReportTables.Table;

/**
 * Writes one report table as CSV in UTF-8 with a byte-order mark (so that Excel shows the
 * diacritics), dates as dd/MM/yyyy, shares as percentages with one decimal, numbers without grouping,
 * texts neutralised against formula injection ({@link SpreadsheetCells}).
 */
@Component
class ReportCsv {

    void write(Table table, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            SpreadsheetCells.appendCsvRecord(writer, table.headers());
            for (List<Object> row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                row.forEach(value -> cells.add(value == null || value instanceof String ? text(value) : new SpreadsheetCells.Verbatim(text(value))));
                SpreadsheetCells.appendCsvRecord(writer, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static String text(Object value) {
        if (value instanceof LocalDate date) {
            return date.format(ReportPeriod.DATE);
        }
        if (value instanceof Percent percent) {
            return percent.value() < 0 ? "" : BigDecimal.valueOf(percent.value() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
