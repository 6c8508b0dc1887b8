package vn.doan.nhacviec.bot.zalo;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;
import vn.doan.nhacviec.bot.zalo.api.ZaloMessage;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;

/**
 * What a Zalo update means to the bot. In a private chat every message is for the bot: text as
 * written, an image with its caption as the text and its URL as the file, anything else (sticker,
 * unsupported) as a message without text, which the conversation answers with "text only, please".
 * In a group only text (or an image's caption) can be for the bot, and only
 * when it is a command ({@code /viec}), mentions the bot ({@code @<bot name> xong}, the mention
 * removed), or starts with a number («2», «2 xong») while numbers the bot showed in that group are still open
 * (see {@link GroupChoices}). Everything else in a group is people talking to each other and is
 * ignored, as Telegram's privacy mode does.
 */
@Component
@ConditionalOnZalo
class ZaloInboundMapper {

    static final String CHANNEL = "zalo";
    /** «2» or «2 xong»: a number the bot showed in the group, maybe with an answer. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}(?:[.)]?\\s+\\S.*)?\\s*$", Pattern.DOTALL);

    private final BotIdentity identity;
    private final GroupChoices groupChoices;

    ZaloInboundMapper(BotIdentity identity, GroupChoices groupChoices) {
        this.identity = identity;
        this.groupChoices = groupChoices;
    }

    /** Empty when the update is nothing the bot should handle. */
    Optional<Inbound> toInbound(ZaloUpdate update) {
        if (!update.isMessage()) {
            return Optional.empty();
        }
        ZaloMessage message = update.message();
        if (message.chat() == null || isBlank(message.chat().id()) || message.from() == null || isBlank(message.from().id())
                || message.from().bot()) {
            return Optional.empty();
        }
        InboundFile image = update.isImage() ? new InboundFile(InboundFile.Kind.PHOTO, message.imageUrl(), null, null, null) : null;
        String text = update.isText() ? message.text() : image != null ? message.caption() : null;
        String chatRef = message.chat().id();
        if (!message.chat().isGroup()) {
            return Optional.of(inbound(message, ChatKind.PRIVATE, text, image));
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> mentioned = withoutMention(text, identity.names());
        if (mentioned.isPresent() && image != null) {
            return Optional.of(inbound(message, ChatKind.GROUP, mentioned.get(), image));
        }
        if (image != null) {
            return Optional.empty();
        }
        if (mentioned.isPresent()) {
            // a mention alone is a greeting: answer it as /start does
            return Optional.of(inbound(message, ChatKind.GROUP, mentioned.get().isEmpty() ? "/start" : mentioned.get()));
        }
        if (text.strip().startsWith("/") || (NUMBERED.matcher(text).matches() && groupChoices.openIn(chatRef))) {
            return Optional.of(inbound(message, ChatKind.GROUP, text));
        }
        return Optional.empty();
    }

    private static Inbound inbound(ZaloMessage message, ChatKind kind, String text) {
        return inbound(message, kind, text, null);
    }

    private static Inbound inbound(ZaloMessage message, ChatKind kind, String text, InboundFile file) {
        return new Inbound(CHANNEL, message.chat().id(), kind, null, message.from().id(), message.from().displayName(), null,
                text, null, null, true, file);
    }

    /** The text without {@code @name} of the bot, if it mentions the bot. */
    static Optional<String> withoutMention(String text, List<String> botNames) {
        for (String name : botNames) {
            Matcher mention = Pattern.compile("@" + Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (mention.find()) {
                return Optional.of(mention.replaceAll(" ").strip().replaceAll("\\s{2,}", " "));
            }
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
