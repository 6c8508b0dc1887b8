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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.report.ReportTables.Percent;
import vn.doan.nhacviec.bot.report.ReportTables.Table;

/**
 * Writes one report table as CSV in UTF-8 with a byte-order mark (so that Excel shows the
 * diacritics), dates as dd/MM/yyyy, shares as percentages with one decimal, numbers without grouping.
 */
@Component
class ReportCsv {

    void write(Table table, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(table.headers().toArray(String[]::new)).get().print(writer)) {
                for (List<Object> row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(value -> cells.add(text(value)));
                    printer.printRecord(cells);
                }
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
