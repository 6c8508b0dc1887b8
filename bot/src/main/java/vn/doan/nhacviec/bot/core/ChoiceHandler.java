package vn.doan.nhacviec.bot.core;

import vn.doan.nhacviec.bot.core.Caller;

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

    /** A handler for {@code prefix} that runs {@code action}. */
    static ChoiceHandler of(String prefix, Action action) {
        return new ChoiceHandler() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void handle(Caller caller, String value, Long messageOutboxId) {
                action.handle(caller, value, messageOutboxId);
            }
        };
    }

    /** What a handler does with a choice. */
    @FunctionalInterface
    interface Action {
        void handle(Caller caller, String value, Long messageOutboxId);
    }
}
