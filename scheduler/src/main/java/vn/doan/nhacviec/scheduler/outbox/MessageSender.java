package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Sends one message on one channel; each channel (console, Telegram, Zalo) implements it. Called by
 * the dispatcher only, under the channel's rate limits, from a small pool of threads.
 */
public interface MessageSender {

    /** The channel this sender serves, as in {@link Chat#channel()}: {@code console}, {@code telegram}, {@code zalo}. */
    String channel();

    /**
     * Sends {@code message} to {@code chat}. Report failures as outcomes rather than exceptions; an
     * exception counts as a {@link SendOutcome.TransientFailure}.
     *
     * @param editPlatformMessageId the platform's id of the message to replace when the message is an
     *                              edit ({@link OutgoingMessage#editOf()}) and that message was sent;
     *                              null otherwise. Channels that cannot edit send a new message.
     */
    SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId);

    /** Whether this channel replaces a sent message in place ({@link OutgoingMessage#editOf()}); others send edits as new messages. */
    default boolean canEdit() {
        return false;
    }

    /**
     * Whether this channel shows {@link vn.doan.nhacviec.data.outbox.CodeSpan code spans} (Telegram's
     * {@code <code>}); for the others the dispatcher hands over the text without the marks.
     */
    default boolean showsCodeSpans() {
        return false;
    }
}
