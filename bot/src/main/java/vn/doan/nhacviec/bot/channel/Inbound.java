package vn.doan.nhacviec.bot.channel;

import vn.doan.nhacviec.data.chat.Chat.ChatKind;

/**
 * What a messenger update means to the bot, whatever the messenger: someone wrote text or chose
 * an answer in a chat. Channel adapters build these; handlers never see messenger types.
 *
 * @param channel                  {@code console}, {@code telegram} or {@code zalo}
 * @param chatRef                  the messenger's chat id
 * @param userRef                  the messenger's user id of the sender
 * @param userName                 the sender's display name
 * @param languageCode             the sender's client language if the messenger says (e.g. {@code vi}, {@code en}), or null
 * @param text                     what was written, or null for a button press
 * @param choiceData               the data of a chosen answer (a button), or null
 * @param replyToPlatformMessageId the bot message this one replies to, or null
 * @param addressedToBot           in groups: a command, a reply to the bot or a mention; private chats: always
 * @param file                     a photo or document sent with the message (its caption is {@code text}), or null
 * @param pressId                  the messenger's id of the button press (Telegram callback query), or null;
 *                                 a refusal of the press is shown to the presser alone through it
 */
public record Inbound(
        String channel,
        String chatRef,
        ChatKind chatKind,
        String chatTitle,
        String userRef,
        String userName,
        String languageCode,
        String text,
        String choiceData,
        String replyToPlatformMessageId,
        boolean addressedToBot,
        InboundFile file,
        String pressId) {

    /** A message without a file, or a press without its id. */
    public Inbound(String channel, String chatRef, ChatKind chatKind, String chatTitle, String userRef, String userName,
                   String languageCode, String text, String choiceData, String replyToPlatformMessageId, boolean addressedToBot) {
        this(channel, chatRef, chatKind, chatTitle, userRef, userName, languageCode, text, choiceData, replyToPlatformMessageId,
                addressedToBot, (InboundFile) null, null);
    }

    /** A message with a file (or none). */
    public Inbound(String channel, String chatRef, ChatKind chatKind, String chatTitle, String userRef, String userName,
                   String languageCode, String text, String choiceData, String replyToPlatformMessageId, boolean addressedToBot,
                   InboundFile file) {
        this(channel, chatRef, chatKind, chatTitle, userRef, userName, languageCode, text, choiceData, replyToPlatformMessageId,
                addressedToBot, file, null);
    }

    /** A button press with its id. */
    public Inbound(String channel, String chatRef, ChatKind chatKind, String chatTitle, String userRef, String userName,
                   String languageCode, String text, String choiceData, String replyToPlatformMessageId, boolean addressedToBot,
                   String pressId) {
        this(channel, chatRef, chatKind, chatTitle, userRef, userName, languageCode, text, choiceData, replyToPlatformMessageId,
                addressedToBot, null, pressId);
    }

    public static Inbound privateText(String channel, String chatRef, String userRef, String userName, String text) {
        return new Inbound(channel, chatRef, ChatKind.PRIVATE, null, userRef, userName, null, text, null, null, true);
    }

    /** A photo or document in a private chat, with its caption (empty or null for none). */
    public static Inbound privateFile(String channel, String chatRef, String userRef, String userName, String caption, InboundFile file) {
        return new Inbound(channel, chatRef, ChatKind.PRIVATE, null, userRef, userName, null, caption, null, null, true, file, null);
    }

    public boolean hasFile() {
        return file != null;
    }

    public boolean isChoice() {
        return choiceData != null;
    }

    public boolean isGroup() {
        return chatKind == ChatKind.GROUP;
    }
}
