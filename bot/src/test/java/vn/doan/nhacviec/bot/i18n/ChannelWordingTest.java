package vn.doan.nhacviec.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;
import vn.doan.nhacviec.data.chat.ReaderLanguage;

/**
 * Every text, rendered as each kind of chat reads it, tells people to do only what works there: no
 * buttons where there are none (Zalo, the terminal); in a Zalo group, where the bot hears only
 * messages that mention it, no typed number without the mention; in a Telegram group, where it hears
 * only replies to it and mentions, no typed number without saying to reply (or mention).
 */
class ChannelWordingTest {

    /** Button wording, in both languages. */
    private static final Pattern BUTTONS = Pattern.compile(
            "(?<!\\p{L})(bấm|nhấn|nút|chạm|button|buttons|tap|press|click)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Telling people to type a number, or showing one as an example answer: «1 xong». */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "(nhắn|gõ|chọn|trả lời bằng)( một)? số|số \\d|(send|type|pick|choose|reply with|answer with) (a|the) number|[«\"]\\d",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Texts of commands and dialogues that only work in private chats (staff and admin commands are
     * {@code PRIVATE} in their CommandSpec): a Zalo group never reads them.
     */
    private static final List<String> PRIVATE_ONLY = List.of("obligation.", "broadcast.", "notice.list.", "notice.status.",
            "report.", "late.", "unit.", "people.", "audit.", "invite.usage", "invite.created", "postpone.", "travel.");

    private static final Properties BASE = load("i18n/messages.properties");
    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("i18n/messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private final Messages messages = new Messages(SOURCE);

    record Style(String name, String channel, ChatKind kind) {
        Locale locale(String language) {
            return Messages.locale(language, channel, kind);
        }

        boolean hasButtons() {
            return channel.equals("telegram");
        }

        /** What a typed answer must say to reach the bot in this chat, or null when anything typed does. */
        Pattern typedAnswersNeed() {
            if (kind != ChatKind.GROUP) {
                return null;
            }
            return channel.equals("zalo") ? Pattern.compile("@") : Pattern.compile("@|reply", Pattern.CASE_INSENSITIVE);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Style> STYLES = List.of(
            new Style("Telegram private", "telegram", ChatKind.PRIVATE),
            new Style("Telegram group", "telegram", ChatKind.GROUP),
            new Style("terminal", "console", ChatKind.PRIVATE),
            new Style("Zalo private", "zalo", ChatKind.PRIVATE),
            new Style("Zalo group", "zalo", ChatKind.GROUP));

    static Stream<Arguments> stylesAndLanguages() {
        return STYLES.stream().flatMap(style -> Stream.of(Arguments.of(style, "vi"), Arguments.of(style, "en")));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("stylesAndLanguages")
    void everyTextSaysWhatWorksOnItsChannel(Style style, String language) {
        Locale locale = style.locale(language);
        List<String> wrong = new ArrayList<>();
        for (String key : keys()) {
            if (key.startsWith("zalo.") && !style.channel().equals("zalo")) {
                continue; // what only the Zalo channel adds
            }
            String text = render(locale, key);
            if (!style.hasButtons() && BUTTONS.matcher(text).find()) {
                wrong.add(key + " speaks of buttons: " + text);
            }
            if (style.typedAnswersNeed() != null && PRIVATE_ONLY.stream().noneMatch(key::startsWith)
                    && TYPED_NUMBER.matcher(text).find() && !style.typedAnswersNeed().matcher(text).find()) {
                wrong.add(key + " asks for a number the group's bot never hears: " + text);
            }
        }
        assertThat(wrong).as(style + " " + language).isEmpty();
    }

    @Test
    void eachChannelGetsItsOwnWordsForTheSameKey() {
        assertThat(messages.get(STYLES.get(0).locale("vi"), "notice.ackHint")).startsWith("Bấm «Đã nhận»");
        assertThat(messages.get(STYLES.get(2).locale("vi"), "notice.ackHint")).startsWith("Nhắn «đã nhận»");
        assertThat(messages.get(STYLES.get(3).locale("en"), "notice.ackHint")).startsWith("Send «ok»");
        assertThat(messages.get(STYLES.get(4).locale("vi"), "notice.ackHint")).contains("«@bot đã nhận»");
        assertThat(messages.get(STYLES.get(1).locale("vi"), "notice.ackHint")).startsWith("Bấm «Đã nhận»").contains("reply");
        // a key a variant does not reword falls back: the group's variant to the typed one, then the base
        assertThat(messages.get(STYLES.get(4).locale("vi"), "error.textOnly")).isEqualTo(messages.get(Messages.VIETNAMESE, "error.textOnly"));
        assertThat(messages.get(STYLES.get(4).locale("en"), "lang.changed")).isEqualTo(messages.get(Locale.ENGLISH, "lang.changed")).startsWith("Language set");
    }

    @Test
    void aLanguageTagFromTheSchedulerCarriesTheChat() {
        Chat zaloGroup = new Chat(1, "zalo", "g1", ChatKind.GROUP, "Chi đoàn", "vi", true, false);
        Chat telegram = new Chat(2, "telegram", "42", ChatKind.PRIVATE, null, "en", true, false);
        assertThat(ReaderLanguage.tag("vi", zaloGroup)).isEqualTo("vi-x-zalo-group");
        assertThat(Messages.locale(ReaderLanguage.tag("vi", zaloGroup))).isEqualTo(Messages.locale("vi", "zalo", ChatKind.GROUP));
        assertThat(Messages.locale(ReaderLanguage.tag("en", telegram))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.locale("vi-x-telegram-group")).isEqualTo(Messages.locale("vi", "telegram", ChatKind.GROUP))
                .isNotEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.locale("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.locale("vi-x-console")).isEqualTo(Messages.locale("vi", "console", ChatKind.PRIVATE));
    }

    /** The text with words for its placeholders (numbers where it formats a number, so no digit looks like an example). */
    private String render(Locale locale, String key) {
        String pattern = BASE.getProperty(key);
        Object[] args = new Object[16];
        for (int i = 0; i < args.length; i++) {
            args[i] = pattern.contains("{" + i + ",number") ? (Object) 0.5 : "X" + i;
        }
        return messages.get(locale, key, args);
    }

    private static List<String> keys() {
        return BASE.stringPropertyNames().stream().sorted().toList();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ChannelWordingTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
