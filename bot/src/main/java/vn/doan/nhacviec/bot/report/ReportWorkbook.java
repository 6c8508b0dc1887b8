package vn.doan.nhacviec.bot.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.sheet.SpreadsheetCells;
import vn.doan.nhacviec.bot.report.ReportTables.Percent;
import vn.doan.nhacviec.bot.report.ReportTables.Table;

/**
 * Writes the report's tables as an Excel workbook: one sheet per view, bold header row, dates as
 * dd/MM/yyyy date cells. Streamed (POI's SXSSF): only a window of rows is in memory, the rest goes
 * to a temporary file as it is written, so the workbook of any subtree fits in a small heap. Column
 * widths come from the longest text of each column (measuring fonts would need every row at hand).
 */
@Component
class ReportWorkbook {

    static final String DATE_FORMAT = "dd/MM/yyyy";
    /** Rows of a sheet kept in memory while writing. */
    static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_COLUMN_WIDTH = 60 * 256;
    private static final int DATE_WIDTH = 12;

    void write(List<Table> tables, Path file) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try (OutputStream out = Files.newOutputStream(file)) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                int[] widths = new int[table.headers().size()];
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(styles.header);
                    widths[c] = Math.min(table.headers().get(c).length(), 30);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = table.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), values.get(c), styles);
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], widthOf(values.get(c)));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(MAX_COLUMN_WIDTH, (widths[c] + 2) * 256 + 512));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook " + file, e);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // the file is written or the error above is thrown; the temporary files go below
            }
            workbook.dispose();
        }
    }

    private static int widthOf(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate) {
            return DATE_WIDTH;
        }
        if (value instanceof Percent) {
            return 7;
        }
        return value.toString().length();
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(number instanceof Double ? styles.decimal : styles.integer);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Percent percent) {
            if (percent.value() >= 0) {
                cell.setCellValue(percent.value());
                cell.setCellStyle(styles.percent);
            } else {
                cell.setBlank();
            }
        } else {
            // a string cell is never a formula in the workbook, but the same text must not become one when copied out or saved as CSV
            cell.setCellValue(value == null ? "" : SpreadsheetCells.neutralised(value.toString()));
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle percent;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var format = workbook.createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat(DATE_FORMAT));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.##"));
        }
    }
}
