package vn.doan.nhacviec.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandSuggestionsTest {

    @Test
    void aTypedCommandIsComparedWithoutSlashBotNameCaseOrDiacritics() {
        assertThat(CommandSuggestions.plain("/Việc@nhacviec_bot")).isEqualTo("viec");
        assertThat(CommandSuggestions.plain("/đổitêndv")).isEqualTo("doitendv");
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(CommandSuggestions.distance("viec", "viec")).isZero();
        assertThat(CommandSuggestions.distance("vec", "viec")).isEqualTo(1);
        assertThat(CommandSuggestions.distance("hlep", "help")).isEqualTo(1);
        assertThat(CommandSuggestions.distance("moii", "join")).isEqualTo(2);
        assertThat(CommandSuggestions.distance("", "ma")).isEqualTo(2);
    }
}
