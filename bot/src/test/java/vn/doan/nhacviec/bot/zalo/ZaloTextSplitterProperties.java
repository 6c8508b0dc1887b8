package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class ZaloTextSplitterProperties {

    @Property(tries = 500)
    void partsFitAndTogetherSayEverything(@ForAll @StringLength(max = 3000) String text, @ForAll @IntRange(min = 2, max = 300) int limit) {
        List<String> parts = ZaloTextSplitter.split(text, limit);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(limit);
            assertThat(part).isNotBlank();
        });
        assertThat(withoutWhitespace(String.join("", parts))).isEqualTo(withoutWhitespace(text));
    }

    @Property(tries = 200)
    void textsOfShortLinesAreCutOnlyBetweenLines(@ForAll List<@StringLength(min = 1, max = 40) String> lines) {
        List<String> clean = lines.stream().map(ZaloTextSplitterProperties::whitespaceAsX).toList();
        String text = String.join("\n", clean);

        List<String> parts = ZaloTextSplitter.split(text, 100);

        assertThat(String.join("\n", parts)).isEqualTo(text);
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
