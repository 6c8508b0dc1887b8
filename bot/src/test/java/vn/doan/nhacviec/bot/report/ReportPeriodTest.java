package vn.doan.nhacviec.bot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                      | 2026-11-01 | 2026-11-30 | 2026-11",
            "thang                   | 2026-11-01 | 2026-11-30 | 2026-11",
            "Tháng này               | 2026-11-01 | 2026-11-30 | 2026-11",
            "tháng trước             | 2026-10-01 | 2026-10-31 | 2026-10",
            "thang-truoc             | 2026-10-01 | 2026-10-31 | 2026-10",
            "thang 2/2026            | 2026-02-01 | 2026-02-28 | 2026-02",
            "10/2026                 | 2026-10-01 | 2026-10-31 | 2026-10",
            "2026-10                 | 2026-10-01 | 2026-10-31 | 2026-10",
            "quy                     | 2026-10-01 | 2026-12-31 | Q4/2026",
            "Quý 1/2027              | 2027-01-01 | 2027-03-31 | Q1/2027",
            "Q2/2026                 | 2026-04-01 | 2026-06-30 | Q2/2026",
            "quý III                 | 2026-07-01 | 2026-09-30 | Q3/2026",
            "nam                     | 2026-01-01 | 2026-12-31 | 2026",
            "năm 2025                | 2025-01-01 | 2025-12-31 | 2025",
            "2026                    | 2026-01-01 | 2026-12-31 | 2026",
            "01/10/2026-31/12/2026   | 2026-10-01 | 2026-12-31 | 01/10/2026-31/12/2026",
            "từ 1/10/2026 đến 15/11/2026 | 2026-10-01 | 2026-11-15 | 01/10/2026-15/11/2026",
            "01/10/2026 – 31/10/2026 | 2026-10-01 | 2026-10-31 | 01/10/2026-31/10/2026"})
    void readsWhatPeopleType(String text, LocalDate first, LocalDate last, String token) {
        ReportPeriod period = ReportPeriod.parse(text, TODAY).orElseThrow();
        assertThat(period.first()).isEqualTo(first);
        assertThat(period.last()).isEqualTo(last);
        assertThat(period.token()).isEqualTo(token);
        // the token a choice carries reads back as the same period
        assertThat(ReportPeriod.parse(period.token(), TODAY)).contains(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hôm qua", "13/2026", "Q5/2026", "31/12/2026-01/10/2026", "32/10/2026-01/11/2026", "tn-tb", "01/01/2000-01/01/2026"})
    void refusesWhatIsNotAPeriod(String text) {
        assertThat(ReportPeriod.parse(text, TODAY)).isEmpty();
    }
}
