package vn.doan.nhacviec.bot.support;

import java.util.List;
import java.util.Random;

/**
 * Text drawn from a seeded {@link Random}, for the property tests: any Unicode (surrogate pairs,
 * control and combining characters included), or characters of a range. Tests print their seed so
 * that a failure replays exactly.
 */
public final class RandomText {

    private final Random random;

    public RandomText(long seed) {
        this.random = new Random(seed);
    }

    public int between(int min, int max) {
        return (int) random.nextLong(min, (long) max + 1);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Any code points, often from the ASCII and Vietnamese ranges, sometimes from anywhere in Unicode. */
    public String anyUnicode(int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int pick = random.nextInt(10);
            int codePoint = pick < 4 ? between(0x20, 0x7e)
                    : pick < 6 ? between(0x00c0, 0x1ef9)
                    : pick < 7 ? between(0x00, 0x1f)
                    : pick < 8 ? oneOf(List.of(0x0301, 0x0300, 0x0323, 0x202e, 0x200b, 0xfeff, 0x2028, 0x1f600, 0x1f1fb, 0x0a, 0x20))
                    : between(0, Character.MAX_CODE_POINT);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE && random.nextBoolean()) {
                codePoint = ' ';
            }
            text.appendCodePoint(codePoint);
        }
        return text.length() > length && length > 0 ? text.substring(0, length) : text.toString();
    }

    /** Characters of {@code [first, last]} and of {@code extra}. */
    public String ofChars(char first, char last, String extra, int maxLength) {
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int span = last - first + 1;
            int pick = random.nextInt(span + extra.length());
            text.append(pick < span ? (char) (first + pick) : extra.charAt(pick - span));
        }
        return text.toString();
    }
}
