package vn.doan.nhacviec.bot.zalo.api;

/** The temporary states sendChatAction can show. */
public enum ChatAction {
    TYPING("typing");

    private final String wireName;

    ChatAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
