package vn.doan.nhacviec.bot.staff;

import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.data.chat.Chat;

/** Presses a button (an answer's data, as Telegram sends it back) in a console chat. */
public final class Press {

    private Press() {
    }

    public static void inPrivate(ConversationService conversation, String userRef, String data) {
        conversation.handle(new Inbound("console", userRef, Chat.ChatKind.PRIVATE, null, userRef, userRef, null, null, data, null, true));
    }

    public static void inGroup(ConversationService conversation, String groupRef, String userRef, String data) {
        conversation.handle(new Inbound("console", groupRef, Chat.ChatKind.GROUP, "Nhóm " + groupRef, userRef, userRef, null, null, data,
                null, true));
    }
}
