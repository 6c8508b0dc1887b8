package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.access.Caller;

/**
 * Acts on a chosen answer whose data starts with {@link #prefix()} and a colon. The same call serves
 * a Telegram button and a number typed on Zalo or in the terminal.
 */
public interface ChoiceHandler {

    String prefix();

    /**
     * @param value          the data after the prefix and colon
     * @param messageOutboxId the outbox id of the message the choice was offered on, or null
     */
    void handle(Caller caller, String value, Long messageOutboxId);
}
