package vn.doan.nhacviec.bot.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;
import vn.doan.nhacviec.data.chat.ReaderLanguage;

/**
 * User-facing text from the bundles ({@code i18n/messages*.properties}); Vietnamese unless the reader chose English.
 *
 * <p>Texts that say what to do are worded for the chat they are read in. The locale carries that as
 * its variant, so the one call {@code get(caller.locale(), key)} picks the right words:
 * <ul>
 *   <li>no variant: Telegram private chats, where choices are buttons (the base bundles);</li>
 *   <li>{@code group}: Telegram groups, where the bot only hears commands, replies to it and mentions
 *       ({@code messages_vi__group.properties}, {@code messages_en__group.properties});</li>
 *   <li>{@code typed}: Zalo private chats and the terminal, where choices are typed numbers
 *       ({@code messages_vi__typed.properties}, {@code messages_en__typed.properties});</li>
 *   <li>{@code typed_group}: Zalo groups, where the bot only hears messages that mention it
 *       ({@code messages_vi__typed_group.properties}, ...; falls back to {@code typed}, then the base).</li>
 * </ul>
 * Variant files hold only the keys they reword.
 */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String GROUP = "group";
    public static final String TYPED = "typed";
    public static final String TYPED_GROUP = "typed_group";

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** The text of {@code key}, or {@code fallback} when no bundle has the key. */
    public String getOrDefault(Locale locale, String key, String fallback, Object... args) {
        return source.getMessage(key, args, fallback, locale);
    }

    /**
     * The locale of a language ({@code vi}, {@code en}), or of a {@link ReaderLanguage} tag such as
     * {@code vi-x-zalo-group}, which also names the chat the text is read in.
     */
    public static Locale locale(String language) {
        String channel = ReaderLanguage.channel(language);
        if (channel == null) {
            return base(language);
        }
        return locale(ReaderLanguage.language(language), channel, ReaderLanguage.group(language) ? ChatKind.GROUP : ChatKind.PRIVATE);
    }

    /** The locale for a text in {@code language} read in a chat of this channel and kind. */
    public static Locale locale(String language, String channel, ChatKind kind) {
        Locale base = base(language);
        String variant = variant(channel, kind);
        return variant.isEmpty() ? base : new Locale(base.getLanguage(), "", variant);
    }

    /** The locale for a text in {@code language} read in {@code chat}. */
    public static Locale locale(String language, Chat chat) {
        return locale(language, chat.channel(), chat.kind());
    }

    /** The bundle variant for a chat: buttons on Telegram (in groups: typing by reply), else typed (in Zalo groups: by mention). */
    static String variant(String channel, ChatKind kind) {
        if ("telegram".equals(channel)) {
            return kind == ChatKind.GROUP ? GROUP : "";
        }
        return "zalo".equals(channel) && kind == ChatKind.GROUP ? TYPED_GROUP : TYPED;
    }

    private static Locale base(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }
}
