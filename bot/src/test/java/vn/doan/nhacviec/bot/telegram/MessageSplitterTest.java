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

    @Test
    void codeSpanMarksDoNotCountAndASpanCutInTwoIsClosedAndReopened() {
        String text = "ab" + vn.doan.nhacviec.data.outbox.CodeSpan.of("cdefgh") + "ij";
        assertThat(MessageSplitter.split(text, 10)).as("10 visible characters fit in 10").containsExactly(text);
        List<String> parts = MessageSplitter.split(text, 5);
        assertThat(parts).allSatisfy(p -> assertThat(MessageSplitter.visibleLength(p)).isLessThanOrEqualTo(5));
        assertThat(parts.get(0)).isEqualTo("ab\uE000cde\uE001");
        assertThat(parts.get(1)).isEqualTo("\uE000fgh\uE001ij");
        assertThat(HtmlText.escape(parts.get(1))).isEqualTo("<code>fgh</code>ij");
    }
}
