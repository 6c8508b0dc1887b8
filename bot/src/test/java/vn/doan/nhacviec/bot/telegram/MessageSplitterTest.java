package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void aShortTextStaysWhole() {
        assertThat(MessageSplitter.split("một\nhai", 10)).containsExactly("một\nhai");
    }

    @Test
    void cutsAtLineBoundariesKeepingEveryLine() {
        List<String> parts = MessageSplitter.split("aaaa\nbbbb\ncccc", 9);
        assertThat(parts).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void aLineLongerThanAPartIsCutWithoutBreakingASurrogatePair() {
        String line = "ab" + "😀".repeat(4);
        List<String> parts = MessageSplitter.split(line, 5);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(5));
        assertThat(String.join("", parts)).isEqualTo(line);
        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    }

    @Test
    void blankPartsAreDropped() {
        assertThat(MessageSplitter.split("aaaa\n\n\n\n\n\nbbbb", 4)).containsExactly("aaaa", "bbbb");
    }
}
