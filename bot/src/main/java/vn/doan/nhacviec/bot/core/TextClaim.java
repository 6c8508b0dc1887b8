package vn.doan.nhacviec.bot.core;

import vn.doan.nhacviec.bot.core.Caller;

/**
 * A feature that recognises some free text as meant for it before it is read as an answer about
 * items: «đã nhận» after a notice acknowledges the notice, not a duty.
 */
public interface TextClaim {

    /**
     * @param answeredMessage the outbox id of the message replied to, or null
     * @return true when the text was the feature's and has been handled
     */
    boolean claim(Caller caller, String text, Long answeredMessage);
}
