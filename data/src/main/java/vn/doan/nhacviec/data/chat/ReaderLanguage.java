package vn.doan.nhacviec.data.chat;

import java.util.Locale;

/**
 * The language a text is written in, together with the chat it will be read in, as one string for
 * the writers of texts that only take a language (the scheduler's reminder and notice texts). The
 * chat matters because what a text tells people to do depends on it: Telegram has buttons, Zalo and
 * the terminal take typed numbers, a Zalo group hears only messages that mention the bot.
 *
 * <p>The form is a BCP 47 tag with a private-use part: {@code vi-x-zalo-group}, {@code en-x-telegram}.
 * A plain {@code vi} or {@code en} (no chat known) stays valid.
 */
public final class ReaderLanguage {

    private static final String PRIVATE_USE = "-x-";

    private ReaderLanguage() {
    }

    /** {@code language} as read in {@code chat}. */
    public static String tag(String language, Chat chat) {
        String base = language == null || language.isBlank() ? "vi" : language.strip().toLowerCase(Locale.ROOT);
        return base + PRIVATE_USE + chat.channel().toLowerCase(Locale.ROOT) + (chat.kind() == Chat.ChatKind.GROUP ? "-group" : "");
    }

    /** The language part: {@code vi} for {@code vi-x-zalo-group}. */
    public static String language(String tag) {
        int cut = tag == null ? -1 : tag.indexOf(PRIVATE_USE);
        return cut < 0 ? tag : tag.substring(0, cut);
    }

    /** The channel the tag names, or null for a plain language. */
    public static String channel(String tag) {
        int cut = tag == null ? -1 : tag.indexOf(PRIVATE_USE);
        return cut < 0 ? null : tag.substring(cut + PRIVATE_USE.length()).split("-")[0];
    }

    /** Whether the tag names a group chat. */
    public static boolean group(String tag) {
        return tag != null && tag.contains(PRIVATE_USE) && tag.endsWith("-group");
    }
}
