package vn.doan.nhacviec.bot.core;

import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** Where handlers put what they answer: stored in the outbox first, then sent by the dispatcher. */
public interface Outgoing {

    /** Stores the message for the chat and returns its outbox id. */
    long send(Chat chat, OutgoingMessage message);
}
