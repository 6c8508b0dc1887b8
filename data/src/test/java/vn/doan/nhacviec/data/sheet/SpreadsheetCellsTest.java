package vn.doan.nhacviec.data.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void everyFormulaStartGetsAQuoteAndOtherTextStaysAsItIs() {
        for (String formula : List.of("=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''-1")) {
            assertThat(SpreadsheetCells.neutralised(formula)).as(formula).isEqualTo("'" + formula);
            assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(formula))).isEqualTo(formula);
        }
        for (String plain : List.of("Chi đoàn ấp 1", "'quoted", "a=b", "", "'")) {
            assertThat(SpreadsheetCells.neutralised(plain)).as(plain).isEqualTo(plain);
            assertThat(SpreadsheetCells.restored(plain)).isEqualTo(plain);
        }
        assertThat(SpreadsheetCells.neutralised(null)).isNull();
    }

    @Test
    void aCsvRecordQuotesNeutralisedCellsAndOnlyThoseThatNeedIt() throws Exception {
        StringBuilder out = new StringBuilder();
        SpreadsheetCells.appendCsvRecord(out, Arrays.asList("=HYPERLINK(\"http://evil.example/x\",\"click\")", "-3", "plain", "a,b",
                " spaced", null, new SpreadsheetCells.Verbatim("-1.5")));
        assertThat(out).hasToString("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",\"'-3\",plain,\"a,b\",\" spaced\",,-1.5\r\n");
    }
}
