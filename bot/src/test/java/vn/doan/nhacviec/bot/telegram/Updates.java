package vn.doan.nhacviec.bot.telegram;

import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Telegram updates as the Bot API sends them (JSON), for the fake server to hand out. */
final class Updates {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);
    private static final AtomicInteger CALLBACK_IDS = new AtomicInteger(1);

    private Updates() {
    }

    static ObjectNode privateText(long userId, String firstName, String text) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, firstName, privateChat(userId, firstName));
        text(message, text);
        return update;
    }

    static ObjectNode groupText(long chatId, String title, long userId, String firstName, String text) {
        ObjectNode update = JSON.createObjectNode();
        text(message(update, userId, firstName, groupChat(chatId, title)), text);
        return update;
    }

    /** A private message answering one the bot sent (message id {@code replyTo}). */
    static ObjectNode privateReply(long userId, String firstName, int replyTo, String text) {
        ObjectNode update = privateText(userId, firstName, text);
        ObjectNode replied = ((ObjectNode) update.get("message")).putObject("reply_to_message");
        replied.put("message_id", replyTo).put("date", 1_790_000_000);
        replied.set("chat", update.get("message").get("chat"));
        replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc Đoàn")
                .put("username", FakeBotApi.BOT_USERNAME);
        replied.put("text", "…");
        return update;
    }

    static ObjectNode privatePhoto(long userId, String firstName) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, firstName, privateChat(userId, firstName));
        message.putArray("photo").addObject().put("file_id", "photo-1").put("file_unique_id", "u1").put("width", 90).put("height", 90);
        return update;
    }

    /** A sticker: neither text nor a file the bot reads. */
    static ObjectNode privateSticker(long userId, String firstName) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, firstName, privateChat(userId, firstName));
        message.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "us1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return update;
    }

    /** A photo in three sizes (the largest {@code fileId}, the others {@code fileId-s}, {@code fileId-m}), with a caption or none. */
    static ObjectNode privatePhoto(long userId, String firstName, String fileId, long largestSize, String caption) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, firstName, privateChat(userId, firstName));
        var sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-s").put("file_unique_id", fileId + "-us").put("width", 90).put("height", 60).put("file_size", 900);
        sizes.addObject().put("file_id", fileId + "-m").put("file_unique_id", fileId + "-um").put("width", 320).put("height", 240).put("file_size", 9000);
        sizes.addObject().put("file_id", fileId).put("file_unique_id", fileId + "-u").put("width", 1280).put("height", 960).put("file_size", largestSize);
        caption(message, caption);
        return update;
    }

    /** A document with a caption or none. */
    static ObjectNode privateDocument(long userId, String firstName, String fileId, String fileName, String mimeType, long size, String caption) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, firstName, privateChat(userId, firstName));
        message.putObject("document").put("file_id", fileId).put("file_unique_id", fileId + "-u").put("file_name", fileName)
                .put("mime_type", mimeType).put("file_size", size);
        caption(message, caption);
        return update;
    }

    /** A caption, with a command in it marked as Telegram does: a bot_command among the caption's entities. */
    private static void caption(ObjectNode message, String caption) {
        if (caption == null) {
            return;
        }
        message.put("caption", caption);
        if (caption.startsWith("/")) {
            int end = caption.indexOf(' ');
            message.putArray("caption_entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? caption.length() : end);
        }
    }

    static ObjectNode buttonPressed(long userId, String firstName, long chatId, int messageId, String data) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cb-" + CALLBACK_IDS.incrementAndGet()).put("chat_instance", "ci-" + chatId).put("data", data);
        query.set("from", user(userId, firstName));
        ObjectNode message = query.putObject("message");
        message.put("message_id", messageId).put("date", 1_790_000_000).put("text", "…");
        message.set("chat", chatId > 0 ? privateChat(chatId, firstName) : groupChat(chatId, "Nhóm"));
        message.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc Đoàn");
        return update;
    }

    /** The notice a group gets when it becomes a supergroup. */
    static ObjectNode migratedTo(long groupId, long supergroupId, long userId) {
        ObjectNode update = JSON.createObjectNode();
        ObjectNode message = message(update, userId, "Admin", groupChat(groupId, "Nhóm"));
        message.put("migrate_to_chat_id", supergroupId);
        return update;
    }

    private static ObjectNode message(ObjectNode update, long userId, String firstName, ObjectNode chat) {
        ObjectNode message = update.putObject("message");
        message.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", 1_790_000_000);
        message.set("from", user(userId, firstName));
        message.set("chat", chat);
        return message;
    }

    private static void text(ObjectNode message, String text) {
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end < 0 ? text.length() : end);
        }
    }

    private static ObjectNode user(long id, String firstName) {
        return JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", firstName).put("language_code", "vi");
    }

    private static ObjectNode privateChat(long id, String firstName) {
        return JSON.createObjectNode().put("id", id).put("type", "private").put("first_name", firstName);
    }

    private static ObjectNode groupChat(long id, String title) {
        return JSON.createObjectNode().put("id", id).put("type", id < -1_000_000_000_000L ? "supergroup" : "group").put("title", title);
    }
}
