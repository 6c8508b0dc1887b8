package vn.doan.nhacviec.bot.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhenParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "25/11              | 2026-11-25 | -",
            "hẹn 25/11 8:00     | 2026-11-25 | 08:00",
            "hạn 27/11/2026 17h | 2026-11-27 | 17:00",
            "8h30 mai           | 2026-11-23 | 08:30",
            "hôm nay 16:00      | 2026-11-22 | 16:00",
            "lúc 7 giờ 15 ngày 1/12 | 2026-12-01 | 07:15",
            "5/1                | 2027-01-05 | -",
            "17:00              | 2026-11-22 | 17:00"})
    void readsADayAndATime(String text, LocalDate day, LocalTime time) {
        WhenParser.When when = WhenParser.parse(text, TODAY).orElseThrow();
        assertThat(when.date()).isEqualTo(day);
        assertThat(when.time()).isEqualTo(time);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sớm nhất có thể", "31/2", "25/11 25:00", "gửi đi", "hẹn tuần sau"})
    void refusesWhatIsNotATime(String text) {
        assertThat(WhenParser.parse(text, TODAY)).isEmpty();
    }
}
