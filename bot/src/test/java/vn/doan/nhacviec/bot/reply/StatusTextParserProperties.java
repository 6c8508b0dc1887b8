package vn.doan.nhacviec.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class StatusTextParserProperties {

    private final StatusTextParser parser = new StatusTextParser();

    @Property(tries = 2000)
    void any_unicode_text_is_read_without_throwing(@ForAll String text, @ForAll("days") LocalDate today) {
        checkInvariants(text, today);
    }

    @Property(tries = 200)
    void very_long_text_is_read_without_throwing(@ForAll @StringLength(min = 400, max = 5000) String text,
                                                 @ForAll("days") LocalDate today) {
        checkInvariants(text, today);
    }

    @Property(tries = 3000)
    void reply_shaped_text_keeps_the_invariants(@ForAll("replies") String text, @ForAll("days") LocalDate today) {
        checkInvariants(text, today);
    }

    private void checkInvariants(String text, LocalDate today) {
        Optional<ParsedStatus> parsed = parser.parse(text, today);

        parsed.ifPresent(status -> {
            assertThat(status.meaning()).isNotNull();
            if (status.quantity() != null) {
                assertThat(status.quantity()).isNotNegative().isFinite();
            }
            if (status.total() != null) {
                assertThat(status.total()).isNotNegative();
                assertThat(status.quantity()).isNotNull().isLessThanOrEqualTo(status.total().doubleValue());
            }
            if (status.postponeTo() != null) {
                assertThat(status.postponeTo()).isAfterOrEqualTo(today);
            }
            if (status.doneOn() != null) {
                assertThat(status.doneOn()).isBeforeOrEqualTo(today);
            }
        });
        if (text.length() > StatusTextParser.MAX_LENGTH) {
            assertThat(parsed).isEmpty();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 100).map(n -> LocalDate.of(1970, 1, 1).plusDays(n));
    }

    /** Mixtures of the words, numbers, dates and junk that real replies are made of. */
    @Provide
    Arbitrary<String> replies() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("đã", "chưa", "xong", "hoãn", "đến", "ngày", "tháng", "năm", "mai", "hôm qua", "hôm nay",
                        "họp", "trồng", "được", "cây", "đoàn viên", "dv", "trên", "vì", "do", "khó khăn", "nhận", "rồi",
                        "không", "lùi", "sang", "dời", "tuần", "sau", "nữa", "trước", "nghìn", "km", "+", "-", "/",
                        ".", ",", "%", "h", "giờ", "<b>", "</b>", "&amp;", "/cmd", "\u0000", "\u202e", "\n", "😀",
                        "\u0301", "đ", "Đ", "_"),
                Arbitraries.integers().between(0, 99).map(String::valueOf),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf),
                Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of("/", ".", "-", ","),
                                Arbitraries.integers().between(0, 40))
                        .as((a, sep, b) -> a + sep + b),
                Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                                Arbitraries.integers().between(0, 3000))
                        .as((d, m, y) -> d + "/" + m + "/" + y),
                Arbitraries.strings().ofMaxLength(4));
        return piece.list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }
}
