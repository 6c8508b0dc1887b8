package vn.doan.nhacviec.data.sheet;

import java.io.IOException;
import java.util.List;

/**
 * Text from users (unit names, group titles, notice bodies) written into a CSV file or a workbook,
 * neutralised as OWASP advises against CSV injection: a cell that starts with {@code = + - @}, tab
 * or carriage return would be run as a formula when the file is opened in a spreadsheet program, so
 * it gets a leading single quote, and in CSV it is quoted as well. Cells that already start with
 * quotes before such a character get one more, so that {@link #restored} gives back exactly the
 * original text when an exported file is imported again.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a spreadsheet shows it verbatim: with a leading {@code '} when it could start a formula. */
    public static String neutralised(String text) {
        return text == null || !needsQuote(text) ? text : "'" + text;
    }

    /** The original of a {@link #neutralised} cell: one leading {@code '} fewer when the cell was neutralised. */
    public static String restored(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** A cell the program formatted itself (a number, a date): written as it is, e.g. {@code -1.5} stays a number. */
    public record Verbatim(String text) {
    }

    /**
     * Appends one CSV record (RFC 4180, lines ended by CRLF): each cell a text, {@link #neutralised}, or a
     * {@link Verbatim}; a neutralised cell is always quoted, others only when they hold a separator, a
     * quote, a line break or surrounding spaces.
     */
    public static void appendCsvRecord(Appendable out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = cells.get(i);
            String text = value instanceof Verbatim verbatim ? verbatim.text() : value == null ? "" : value.toString();
            String cell = value instanceof Verbatim ? text : neutralised(text);
            boolean quote = !cell.equals(text) || cell.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                    || !cell.isEmpty() && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1)));
            out.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.append("\r\n");
    }

    /** Whether the text, after any leading quotes, starts with a character that begins a formula. */
    private static boolean needsQuote(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        if (first == text.length() || FORMULA_STARTS.indexOf(text.charAt(first)) < 0) {
            return false;
        }
        return true;
    }
}
