package vn.doan.nhacviec.bot.telegram;

import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;

/**
 * What a Telegram message or button press means to the bot. In groups the bot, like a bot in
 * privacy mode, listens only to commands, replies to its own messages and mentions of it; commands
 * meant for another bot and messages of bots are ignored. A message without text (a photo, a
 * sticker) arrives with empty text, which the conversation answers with "text only".
 */
final class UpdateTranslator {

    static final String CHANNEL = "telegram";

    private UpdateTranslator() {
    }

    static Optional<Inbound> fromMessage(Message message, BotIdentity bot) {
        Optional<ChatKind> kind = kindOf(message.getChat());
        User from = message.getFrom();
        if (kind.isEmpty() || from == null || Boolean.TRUE.equals(from.getIsBot()) || !hasContent(message)) {
            return Optional.empty();
        }
        // captions are not read: a photo with a caption is still not a text message
        String text = message.hasText() ? message.getText() : "";
        boolean addressed = kind.get() == ChatKind.PRIVATE;
        Optional<TypedCommand> command = TypedCommand.parse(text, bot);
        if (command.isPresent()) {
            if (command.get().forOtherBot()) {
                return Optional.empty();
            }
            text = command.get().text();
            addressed = true;
        } else if (kind.get() == ChatKind.GROUP) {
            Pattern mention = mentionOf(bot);
            addressed = repliesTo(message, bot) || mention.matcher(text).find();
            text = mention.matcher(text).replaceAll(" ").strip();
        }
        String replyTo = message.getReplyToMessage() == null ? null : String.valueOf(message.getReplyToMessage().getMessageId());
        return Optional.of(new Inbound(CHANNEL, String.valueOf(message.getChatId()), kind.get(), titleOf(message.getChat()),
                String.valueOf(from.getId()), nameOf(from), from.getLanguageCode(), text, null, replyTo, addressed));
    }

    /** A pressed button: its data, the message it was on as the one answered, and the press's id to answer it. */
    static Optional<Inbound> fromCallback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        User from = query.getFrom();
        if (message == null || message.getChat() == null || from == null || query.getData() == null || query.getData().isEmpty()) {
            return Optional.empty();
        }
        return kindOf(message.getChat()).map(kind -> new Inbound(CHANNEL, String.valueOf(message.getChatId()), kind,
                titleOf(message.getChat()), String.valueOf(from.getId()), nameOf(from), from.getLanguageCode(), null, query.getData(),
                String.valueOf(message.getMessageId()), true, query.getId()));
    }

    /** Private chats and groups; channels are not served. */
    static Optional<ChatKind> kindOf(Chat chat) {
        if (chat == null || chat.getType() == null) {
            return Optional.empty();
        }
        return switch (chat.getType()) {
            case "private" -> Optional.of(ChatKind.PRIVATE);
            case "group", "supergroup" -> Optional.of(ChatKind.GROUP);
            default -> Optional.empty();
        };
    }

    private static boolean hasContent(Message message) {
        return message.hasText() || message.hasPhoto() || message.hasDocument() || message.hasSticker() || message.hasVoice()
                || message.hasVideo() || message.hasAudio() || message.hasAnimation() || message.hasVideoNote()
                || message.hasLocation() || message.hasContact() || message.hasPoll() || message.hasDice();
    }

    private static boolean repliesTo(Message message, BotIdentity bot) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null && replied.getFrom().getId() == bot.id();
    }

    private static Pattern mentionOf(BotIdentity bot) {
        return Pattern.compile("(?<![A-Za-z0-9_])@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
    }

    private static String titleOf(Chat chat) {
        return chat.getTitle();
    }

    private static String nameOf(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = user.getLastName() == null ? first : first + " " + user.getLastName();
        if (name.isBlank() && user.getUserName() != null) {
            return user.getUserName();
        }
        return name.strip();
    }
}
