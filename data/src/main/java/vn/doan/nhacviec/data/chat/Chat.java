package vn.doan.nhacviec.data.chat;

/**
 * A place the bot writes to: a private chat or a group on one channel.
 *
 * @param channel  {@code console}, {@code telegram} or {@code zalo}
 * @param chatRef  the messenger's id of the chat (a string: Zalo ids are strings)
 */
public record Chat(
        long id,
        String channel,
        String chatRef,
        ChatKind kind,
        String title,
        String language,
        boolean active,
        boolean remindersPaused) {

    public enum ChatKind { PRIVATE, GROUP }
}
