package vn.doan.nhacviec.bot.zalo.api;

/** Where a message was written: {@code chat_type} is {@code PRIVATE} or {@code GROUP}. */
public record ZaloChat(String id, String chatType) {

    public boolean isGroup() {
        return "GROUP".equalsIgnoreCase(chatType);
    }
}
