package vn.doan.nhacviec.bot.zalo;

import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Zalo updates as the platform sends them, for the fake server and the webhook. */
final class ZaloUpdates {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.shared();

    private ZaloUpdates() {
    }

    /** A text written in a private chat by {@code userId} (a private chat has the user's id). */
    static String text(String userId, String name, String text) {
        return update("message.text.received", userId, "PRIVATE", userId, name, text, nextId());
    }

    static String textWithId(String userId, String name, String text, String messageId) {
        return update("message.text.received", userId, "PRIVATE", userId, name, text, messageId);
    }

    static String inGroup(String groupId, String userId, String name, String text) {
        return update("message.text.received", groupId, "GROUP", userId, name, text, nextId());
    }

    static String sticker(String userId, String name) {
        return update("message.sticker.received", userId, "PRIVATE", userId, name, null, nextId());
    }

    /** An image sent in a private chat, its URL under {@code urlField} ({@code photo} or {@code photo_url}), with a caption or none. */
    static String image(String userId, String name, String urlField, String url, String caption) {
        ObjectNode update = JSON.readValue(update("message.image.received", userId, "PRIVATE", userId, name, null, nextId()), ObjectNode.class);
        ObjectNode message = (ObjectNode) update.get("message");
        message.put(urlField, url);
        if (caption != null) {
            message.put("caption", caption);
        }
        return JSON.writeValueAsString(update);
    }

    private static String update(String event, String chatId, String chatType, String userId, String name, String text, String messageId) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.put("date", 1764000000000L);
        if (text != null) {
            message.put("text", text);
        }
        message.putObject("from").put("id", userId).put("display_name", name).put("is_bot", false);
        message.putObject("chat").put("id", chatId).put("chat_type", chatType);
        ObjectNode update = JSON.createObjectNode();
        update.put("event_name", event);
        update.set("message", message);
        return JSON.writeValueAsString(update);
    }

    private static String nextId() {
        return "msg" + IDS.incrementAndGet();
    }
}
