package vn.doan.nhacviec.bot.telegram;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;

/**
 * What a Telegram message or button press means to the bot. In groups the bot, like a bot in
 * privacy mode, listens only to commands, replies to its own messages and mentions of it; commands
 * meant for another bot and messages of bots are ignored. A photo or document comes with its
 * caption as the text (a command in a caption is read like a typed one) and the file's reference,
 * fetched later only if the bot keeps it. Any other message without text (a sticker) arrives with
 * empty text, which the conversation answers with "text only".
 */
final class UpdateTranslator {

    static final String CHANNEL = "telegram";
    /** What the public Bot API lets a bot download. */
    static final long DOWNLOAD_LIMIT = 20L * 1024 * 1024;

    private UpdateTranslator() {
    }

    static Optional<Inbound> fromMessage(Message message, BotIdentity bot) {
        Optional<ChatKind> kind = kindOf(message.getChat());
        User from = message.getFrom();
        if (kind.isEmpty() || from == null || Boolean.TRUE.equals(from.getIsBot()) || !hasContent(message)) {
            return Optional.empty();
        }
        String text = message.hasText() ? message.getText() : message.getCaption() == null ? "" : message.getCaption();
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
                String.valueOf(from.getId()), nameOf(from), from.getLanguageCode(), text, null, replyTo, addressed, fileOf(message)));
    }

    /** The photo (its largest size Telegram lets the bot download) or the document of a message, or null. */
    static InboundFile fileOf(Message message) {
        if (message.hasPhoto()) {
            return message.getPhoto().stream()
                    .filter(size -> size.getFileId() != null && (size.getFileSize() == null || size.getFileSize() <= DOWNLOAD_LIMIT))
                    .max(Comparator.comparingLong(UpdateTranslator::pixels))
                    .map(size -> new InboundFile(InboundFile.Kind.PHOTO, size.getFileId(), null, "image/jpeg",
                            size.getFileSize() == null ? null : size.getFileSize().longValue()))
                    // every size is past the limit: the largest one, refused later for its size
                    .orElseGet(() -> message.getPhoto().stream().filter(size -> size.getFileId() != null)
                            .max(Comparator.comparingLong(UpdateTranslator::pixels))
                            .map(size -> new InboundFile(InboundFile.Kind.PHOTO, size.getFileId(), null, "image/jpeg",
                                    size.getFileSize() == null ? null : size.getFileSize().longValue()))
                            .orElse(null));
        }
        if (message.hasDocument() && message.getDocument().getFileId() != null) {
            Document document = message.getDocument();
            return new InboundFile(InboundFile.Kind.DOCUMENT, document.getFileId(), document.getFileName(), document.getMimeType(),
                    document.getFileSize());
        }
        return null;
    }

    private static long pixels(PhotoSize size) {
        long width = size.getWidth() == null ? 0 : size.getWidth();
        long height = size.getHeight() == null ? 0 : size.getHeight();
        return width * height;
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
