package vn.doan.nhacviec.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import vn.doan.nhacviec.data.status.StatusMeaning;

class StatusTextParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final StatusTextParser parser = new StatusTextParser();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/vn/doan/nhacviec/bot/reply/status-replies.csv", delimiter = '|', numLinesToSkip = 1)
    void reads_real_replies(String text, StatusMeaning meaning, Double quantity, Integer total,
                            LocalDate doneOn, LocalDate postponeTo, String note) {
        Optional<ParsedStatus> parsed = parser.parse(text, TODAY);

        if (meaning == null) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).contains(new ParsedStatus(meaning, quantity, total, doneOn, postponeTo, note));
        }
    }

    @Test
    void every_rule_example_is_read_by_its_own_rule() {
        for (StatusRules.Rule rule : StatusRules.TABLE) {
            String example = NormalizedText.of(rule.example()).text();

            assertThat(StatusRules.firstMatch(example, rule.needsCount()))
                    .as(rule.example())
                    .hasValueSatisfying(match -> assertThat(match.rule()).isSameAs(rule));
        }
    }

    @Test
    void null_blank_and_overlong_replies_are_not_understood() {
        assertThat(parser.parse(null, TODAY)).isEmpty();
        assertThat(parser.parse("", TODAY)).isEmpty();
        assertThat(parser.parse(" \t\n ", TODAY)).isEmpty();
        assertThat(parser.parse("xong " + "a".repeat(StatusTextParser.MAX_LENGTH), TODAY)).isEmpty();
        assertThat(parser.parse("xong" + " ".repeat(StatusTextParser.MAX_LENGTH - 4), TODAY)).isPresent();
    }

    @Test
    void control_characters_and_markup_are_tolerated() {
        assertThat(parser.parse("\u0000xong\u0007\r\n", TODAY)).map(ParsedStatus::meaning).contains(StatusMeaning.DONE);
        assertThat(parser.parse("<b>đã họp</b> &amp; 18/25 đv", TODAY))
                .contains(new ParsedStatus(StatusMeaning.DONE, 18.0, 25, null, null, null));
        assertThat(parser.parse("chưa\u200b xong", TODAY)).map(ParsedStatus::meaning).contains(StatusMeaning.NOT_YET);
    }

    @Test
    void notes_keep_the_original_spelling_even_when_typed_decomposed() {
        String decomposed = java.text.Normalizer.normalize("Gặp khó khăn vì mưa bão, đường ngập", java.text.Normalizer.Form.NFD);

        assertThat(parser.parse(decomposed, TODAY)).map(ParsedStatus::note)
                .contains(java.text.Normalizer.normalize("vì mưa bão", java.text.Normalizer.Form.NFD));
    }

    @Test
    void postpone_and_done_days_move_with_today() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);

        assertThat(parser.parse("hoãn đến 5/1", newYearsEve)).map(ParsedStatus::postponeTo).contains(LocalDate.of(2027, 1, 5));
        assertThat(parser.parse("đã họp 31/12", newYearsEve)).map(ParsedStatus::doneOn).contains(newYearsEve);
        assertThat(parser.parse("hoãn đến 31/12", newYearsEve)).map(ParsedStatus::postponeTo).contains(newYearsEve);
    }
}
