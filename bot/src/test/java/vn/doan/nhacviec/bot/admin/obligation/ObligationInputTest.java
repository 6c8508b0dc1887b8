package vn.doan.nhacviec.bot.admin.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.unit.Level;

class ObligationInputTest {

    @Test
    void whoIsLevelsByNameOrNumberWithTagsToHaveOrToLack() {
        assertThat(ObligationInput.assignee("Chi_Đoàn #bien_gioi -#truong_hoc")).contains(
                new Assignee(List.of(Level.CHI_DOAN), List.of("bien_gioi"), List.of("truong_hoc")));
        assertThat(ObligationInput.assignee("4, 5")).contains(new Assignee(List.of(Level.CO_SO, Level.CHI_DOAN), List.of(), List.of()));
        assertThat(ObligationInput.assignee("chidoan coso")).map(Assignee::levels).contains(List.of(Level.CHI_DOAN, Level.CO_SO));
        assertThat(ObligationInput.assignee("#bien_gioi")).as("a level is needed").isEmpty();
        assertThat(ObligationInput.assignee("chi doan")).isEmpty();
        assertThat(ObligationInput.assignee("chi_doan #Biên_Giới")).as("tags are written without diacritics anyway")
                .map(Assignee::tagsAll).contains(List.of("bien_gioi"));
        assertThat(ObligationInput.assignee("chi_doan #1abc")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1, MONTH", "hằng tháng, MONTH", "Quý, QUARTER", "6 tháng, HALF_YEAR", "nửa năm, HALF_YEAR", "hằng năm, YEAR",
            "một lần, ONCE", "once, ONCE", "6, WEEK", "tuần, WEEK"})
    void howOftenInWordsOrByNumber(String text, Frequency expected) {
        assertThat(ObligationInput.frequency(text)).contains(expected);
    }

    @Test
    void deadlinesFollowTheKindOfRecurrence() {
        Recurrence once = new Recurrence(Frequency.ONCE, null, null, null, null, null);
        assertThat(ObligationInput.deadline(once, "1/10/2027")).map(Recurrence::before).contains("01/10/2027");
        assertThat(ObligationInput.deadline(once, "31/02/2027")).isEmpty();
        assertThat(ObligationInput.deadline(once, "-")).isEmpty();
        Recurrence year = new Recurrence(Frequency.YEAR, 2, 2026, null, null, null);
        assertThat(ObligationInput.deadline(year, "15/11")).contains(new Recurrence(Frequency.YEAR, 2, 2026, "15/11", null, null));
        assertThat(ObligationInput.deadline(year, "1/1 - 31/3")).map(Recurrence::window).contains("01/01-31/03");
        assertThat(ObligationInput.deadline(year, "31/3-1/1")).isEmpty();
        assertThat(ObligationInput.deadline(year, "29/02")).isEmpty();
        assertThat(ObligationInput.deadline(year, "-")).contains(new Recurrence(Frequency.YEAR, 2, 2026, null, null, null));
        Recurrence quarter = new Recurrence(Frequency.QUARTER, null, null, null, null, null);
        assertThat(ObligationInput.deadline(quarter, "25")).map(Recurrence::lastDay).contains(25);
        assertThat(ObligationInput.deadline(quarter, "32")).isEmpty();
        assertThat(ObligationInput.deadline(quarter, "15/11")).isEmpty();
    }

    @Test
    void titlesFitAReminderLine() {
        assertThat(ObligationInput.title("  Họp   giao ban  ")).contains("Họp giao ban");
        assertThat(ObligationInput.title("x".repeat(81))).isEmpty();
        assertThat(ObligationInput.title("dòng 1\ndòng 2")).contains("dòng 1 dòng 2");
        assertThat(ObligationInput.title("a\u0000b")).isEmpty();
    }
}
