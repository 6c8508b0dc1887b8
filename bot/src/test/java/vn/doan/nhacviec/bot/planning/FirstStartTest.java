package vn.doan.nhacviec.bot.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;

/**
 * The bot starts for the first time on 03/12/2026, on an empty database: the annual report due
 * before 15/11/2026 is already overdue for the Kiên Giang district unions, and is chased.
 */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@TestPropertySource(properties = "test.clock.start=2026-12-03T03:00:00Z")
class FirstStartTest {

    @Autowired
    Terminal terminal;

    static final String ANNUAL_REPORT = "Báo cáo năm triển khai Kế hoạch thực hiện NQ Đại hội XIII";

    @Test
    void theAnnualReportDueBeforeTheFirstStartIsOverdueInTheListsAndTheReport() {
        assertThat(terminal.answer("/viec kg-ct"))
                .contains("⚠️ " + ANNUAL_REPORT + " (năm 2026) — QUÁ HẠN 19 ngày (hạn 14/11/2026)");

        String late = terminal.answer("/tre kg");
        for (String district : new String[] {"Thành đoàn Rạch Giá [kg-rg]", "Huyện đoàn Châu Thành [kg-ct]", "Thành đoàn Hà Tiên [kg-ht]"}) {
            assertThat(late).contains(district);
        }
        assertThat(late).contains("– " + ANNUAL_REPORT + " — hạn 14/11/2026, trễ 19 ngày");

        String report = terminal.answer("/baocao kg nam");
        // the three district unions owe it and have not done it
        assertThat(report).contains("• " + ANNUAL_REPORT + ": ✅ 0 · ⏰ 0 · ❌ 3 · 🆗 0");
        assertThat(report).contains("⏰ Đang quá hạn:");
    }

    @Test
    void onlyTheLatestPeriodAlreadyDueIsTracked() {
        // November's branch meeting (due 01/12) is overdue; October's (due 01/11) is not tracked: one item per duty
        String branch = terminal.answer("/viec kg-ct-vhh-vp");
        assertThat(branch).contains("Sinh hoạt chi đoàn hằng tháng (tháng 11/2026) — QUÁ HẠN")
                .doesNotContain("tháng 10/2026");
    }
}
