package vn.doan.nhacviec.bot.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.bot.support.RandomText;

/** The parser over random texts and days, drawn from a fixed seed (printed on failure). */
class StatusTextParserProperties {

    static final long SEED = 20261120L;

    private static final List<String> WORDS = List.of("đã", "chưa", "xong", "hoãn", "đến", "ngày", "tháng", "năm", "mai", "hôm qua",
            "hôm nay", "họp", "trồng", "được", "cây", "đoàn viên", "dv", "trên", "vì", "do", "khó khăn", "nhận", "rồi", "không",
            "lùi", "sang", "dời", "tuần", "sau", "nữa", "trước", "nghìn", "km", "+", "-", "/", ".", ",", "%", "h", "giờ", "<b>",
            "</b>", "&amp;", "/cmd", "\u0000", "\u202e", "\n", "😀", "\u0301", "đ", "Đ", "_");

    private final StatusTextParser parser = new StatusTextParser();

    @Test
    void any_unicode_text_is_read_without_throwing() {
        RandomText random = new RandomText(SEED);
        for (int i = 0; i < 2000; i++) {
            checkInvariants(random.anyUnicode(0, 200), day(random), i);
        }
    }

    @Test
    void very_long_text_is_read_without_throwing() {
        RandomText random = new RandomText(SEED + 1);
        for (int i = 0; i < 200; i++) {
            checkInvariants(random.anyUnicode(400, 5000), day(random), i);
        }
    }

    @Test
    void reply_shaped_text_keeps_the_invariants() {
        RandomText random = new RandomText(SEED + 2);
        for (int i = 0; i < 3000; i++) {
            checkInvariants(reply(random), day(random), i);
        }
    }

    private void checkInvariants(String text, LocalDate today, int caseNumber) {
        String why = "seed " + SEED + ", case " + caseNumber + ": «" + text + "» on " + today;
        Optional<ParsedStatus> parsed = parser.parse(text, today);

        parsed.ifPresent(status -> {
            assertThat(status.meaning()).as(why).isNotNull();
            if (status.quantity() != null) {
                assertThat(status.quantity()).as(why).isNotNegative().isFinite();
            }
            if (status.total() != null) {
                assertThat(status.total()).as(why).isNotNegative();
                assertThat(status.quantity()).as(why).isNotNull().isLessThanOrEqualTo(status.total().doubleValue());
            }
            if (status.postponeTo() != null) {
                assertThat(status.postponeTo()).as(why).isAfterOrEqualTo(today);
            }
            if (status.doneOn() != null) {
                assertThat(status.doneOn()).as(why).isBeforeOrEqualTo(today);
            }
        });
        if (text.length() > StatusTextParser.MAX_LENGTH) {
            assertThat(parsed).as(why).isEmpty();
        }
    }

    private static LocalDate day(RandomText random) {
        return LocalDate.of(1970, 1, 1).plusDays(random.between(0, 365 * 100));
    }

    /** Mixtures of the words, numbers, dates and junk that real replies are made of. */
    private static String reply(RandomText random) {
        List<String> parts = new ArrayList<>();
        for (int n = random.between(0, 12); n > 0; n--) {
            parts.add(switch (random.between(0, 5)) {
                case 0 -> random.oneOf(WORDS);
                case 1 -> String.valueOf(random.between(0, 99));
                case 2 -> String.valueOf(Math.abs((long) random.between(0, Integer.MAX_VALUE) * random.between(1, Integer.MAX_VALUE)));
                case 3 -> random.between(0, 40) + random.oneOf(List.of("/", ".", "-", ",")) + random.between(0, 40);
                case 4 -> random.between(0, 40) + "/" + random.between(0, 40) + "/" + random.between(0, 3000);
                default -> random.anyUnicode(0, 4);
            });
        }
        return String.join(" ", parts);
    }
}
