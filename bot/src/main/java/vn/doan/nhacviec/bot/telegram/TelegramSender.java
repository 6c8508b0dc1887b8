package vn.doan.nhacviec.bot.telegram;

import java.io.File;
import java.util.List;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.CodeSpan;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

/**
 * Sends stored messages as Bot API calls: HTML with all our (plain) text escaped (code spans as
 * {@code <code>}), choices as inline buttons, answers to a button press as an alert to the presser,
 * texts over 4,096 characters in several messages cut at line boundaries (the buttons on the last),
 * files by upload, edits in place with the buttons taken away.
 */
@Component
@ConditionalOnTelegram
class TelegramSender implements MessageSender {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    /** Telegram's limit for the text of a button press's answer. */
    static final int MAX_PRESS_ANSWER = 200;

    private final TelegramClient client;
    private final GroupMigration migration;
    private final TokenMask mask;

    TelegramSender(TelegramClient client, GroupMigration migration, TokenMask mask) {
        this.client = client;
        this.migration = migration;
        this.mask = mask;
    }

    @Override
    public String channel() {
        return UpdateTranslator.CHANNEL;
    }

    @Override
    public boolean canEdit() {
        return true;
    }

    @Override
    public boolean showsCodeSpans() {
        return true;
    }

    @Override
    public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        try {
            if (message.pressId() != null) {
                return answerPress(chat, message);
            }
            if (message.editOf() != null && editPlatformMessageId != null) {
                return edit(chat, message, editPlatformMessageId);
            }
            InlineKeyboardMarkup keyboard = InlineKeyboards.of(message.choices());
            if (message.attachment() != null) {
                return sendFile(chat, message, keyboard);
            }
            return new SendOutcome.Sent(sendText(chat, message.text(), keyboard));
        } catch (TelegramApiException e) {
            Long migratedTo = SendErrors.migratedTo(e);
            if (migratedTo != null) {
                // we missed the group's migration notice; the next attempt goes to the supergroup
                migration.migrate(chat.chatRef(), String.valueOf(migratedTo));
                return new SendOutcome.TransientFailure("group became supergroup " + migratedTo);
            }
            return SendErrors.outcomeOf(e, mask);
        }
    }

    /**
     * Shows the text to the one who pressed the button, in an alert over the chat. A press Telegram
     * no longer accepts an answer for (too old) is answered in the chat when that chat is private;
     * in a group, where the text was not meant for everyone, it is dropped.
     */
    private SendOutcome answerPress(Chat chat, OutgoingMessage message) throws TelegramApiException {
        String text = CodeSpan.plain(message.text() == null ? "" : message.text());
        try {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(message.pressId())
                    .text(text.length() > MAX_PRESS_ANSWER ? text.substring(0, MAX_PRESS_ANSWER - 1) + "…" : text)
                    .showAlert(true)
                    .build());
            return new SendOutcome.Sent(null);
        } catch (TelegramApiRequestException e) {
            if (!isBadRequest(e)) {
                throw e;
            }
            if (chat.kind() == Chat.ChatKind.PRIVATE) {
                return new SendOutcome.Sent(sendText(chat, message.text(), null));
            }
            return new SendOutcome.PermanentFailure("the button press can no longer be answered");
        }
    }

    /** Sends the text, cut if needed, and returns the id of the last part (the one with the buttons). */
    private String sendText(Chat chat, String text, InlineKeyboardMarkup keyboard) throws TelegramApiException {
        List<String> parts = MessageSplitter.split(text == null ? "" : text, MAX_TEXT);
        Message last = null;
        for (int i = 0; i < parts.size(); i++) {
            last = client.execute(SendMessage.builder()
                    .chatId(chat.chatRef())
                    .text(HtmlText.escape(parts.get(i)))
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(i == parts.size() - 1 ? keyboard : null)
                    .build());
        }
        return last == null ? null : String.valueOf(last.getMessageId());
    }

    private SendOutcome sendFile(Chat chat, OutgoingMessage message, InlineKeyboardMarkup keyboard) throws TelegramApiException {
        OutgoingMessage.Attachment attachment = message.attachment();
        File file = new File(attachment.path());
        if (!file.isFile()) {
            return new SendOutcome.PermanentFailure("attachment not found: " + attachment.fileName());
        }
        String caption = message.text();
        if (caption != null && caption.length() > MAX_CAPTION) {
            sendText(chat, caption, null);
            caption = null;
        }
        String html = caption == null || caption.isBlank() ? null : HtmlText.escape(caption);
        InputFile input = new InputFile(file, attachment.fileName());
        Message sent = attachment.kind() == OutgoingMessage.Attachment.Kind.PHOTO
                ? client.execute(SendPhoto.builder().chatId(chat.chatRef()).photo(input).caption(html)
                        .parseMode(html == null ? null : ParseMode.HTML).replyMarkup(keyboard).build())
                : client.execute(SendDocument.builder().chatId(chat.chatRef()).document(input).caption(html)
                        .parseMode(html == null ? null : ParseMode.HTML).replyMarkup(keyboard).build());
        return new SendOutcome.Sent(String.valueOf(sent.getMessageId()));
    }

    private SendOutcome edit(Chat chat, OutgoingMessage message, String platformMessageId) throws TelegramApiException {
        String text = message.text().length() > MAX_TEXT ? message.text().substring(0, MAX_TEXT - 1) + "…" : message.text();
        try {
            client.execute(EditMessageText.builder()
                    .chatId(chat.chatRef())
                    .messageId(Integer.valueOf(platformMessageId))
                    .text(HtmlText.escape(text))
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(InlineKeyboards.of(message.choices()))
                    .build());
        } catch (TelegramApiRequestException e) {
            if (!isBadRequest(e)) {
                throw e;
            }
            if (!String.valueOf(e.getApiResponse()).contains("message is not modified")) {
                // too old or deleted to be edited: say it in a new message instead
                return new SendOutcome.Sent(sendText(chat, message.text(), InlineKeyboards.of(message.choices())));
            }
        }
        // no id of its own: replies and buttons keep pointing at the original message's outbox row
        return new SendOutcome.Sent(null);
    }

    private static boolean isBadRequest(TelegramApiRequestException e) {
        return e.getErrorCode() != null && e.getErrorCode() == 400 && SendErrors.migratedTo(e) == null;
    }
}
