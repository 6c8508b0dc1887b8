package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZaloTextSplitterTest {

    @Test
    void aShortTextIsOnePart() {
        assertThat(ZaloTextSplitter.split("một\nhai", 2000)).containsExactly("một\nhai");
    }

    @Test
    void partsAreCutAtLineEnds() {
        assertThat(ZaloTextSplitter.split("aaaa\nbbbb\ncccc", 9)).containsExactly("aaaa\nbbbb", "cccc");
    }

    @Test
    void blankLinesAtACutAreDropped() {
        assertThat(ZaloTextSplitter.split("aaaa\n\n\nbbbb", 6)).containsExactly("aaaa", "bbbb");
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtASpace() {
        assertThat(ZaloTextSplitter.split("một hai ba bốn", 8)).containsExactly("một hai", "ba bốn");
    }

    @Test
    void aLineWithoutSpacesIsCutHardButNeverInsideAnEmoji() {
        List<String> parts = ZaloTextSplitter.split("abc😀def", 4);
        assertThat(parts).containsExactly("abc", "😀de", "f");
    }

    @Test
    void nothingToSendIsNoPart() {
        assertThat(ZaloTextSplitter.split(" \n\n ", 2000)).isEmpty();
    }
}
