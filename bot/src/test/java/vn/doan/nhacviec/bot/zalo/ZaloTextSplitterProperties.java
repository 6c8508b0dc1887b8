package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.bot.support.RandomText;

/** The splitter over random texts and limits, drawn from a fixed seed (printed on failure). */
class ZaloTextSplitterProperties {

    static final long SEED = 20261101L;

    @Test
    void partsFitAndTogetherSayEverything() {
        RandomText random = new RandomText(SEED);
        for (int i = 0; i < 500; i++) {
            String text = random.anyUnicode(0, 3000);
            int limit = random.between(2, 300);
            List<String> parts = ZaloTextSplitter.split(text, limit);

            String why = "seed " + SEED + ", case " + i;
            assertThat(parts).as(why).allSatisfy(part -> {
                assertThat(part.length()).isLessThanOrEqualTo(limit);
                assertThat(part).isNotBlank();
            });
            assertThat(withoutWhitespace(String.join("", parts))).as(why).isEqualTo(withoutWhitespace(text));
        }
    }

    @Test
    void textsOfShortLinesAreCutOnlyBetweenLines() {
        RandomText random = new RandomText(SEED + 1);
        for (int i = 0; i < 200; i++) {
            List<String> clean = new ArrayList<>();
            for (int n = random.between(0, 30); n > 0; n--) {
                clean.add(whitespaceAsX(random.anyUnicode(1, 40)));
            }
            String text = String.join("\n", clean);

            List<String> parts = ZaloTextSplitter.split(text, 100);

            assertThat(String.join("\n", parts)).as("seed " + SEED + ", case " + i).isEqualTo(text);
        }
    }

    /** As the splitter sees whitespace ({@link Character#isWhitespace}). */
    private static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String whitespaceAsX(String text) {
        StringBuilder replaced = new StringBuilder();
        text.codePoints().forEach(c -> replaced.appendCodePoint(Character.isWhitespace(c) ? 'x' : c));
        return replaced.toString();
    }
}
