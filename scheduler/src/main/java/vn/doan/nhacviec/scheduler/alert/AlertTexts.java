package vn.doan.nhacviec.scheduler.alert;

import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The words of the notices a parent unit receives about its units, written by the bot in the reader's language. */
public interface AlertTexts {

    /** A unit asks to postpone an item: who, which item, to which day; the deadline has not moved. */
    OutgoingMessage postponeRequest(String language, PostponeRequest request);

    /** The bot can no longer write to a chat through which units received their reminders. */
    OutgoingMessage chatBlocked(String language, BlockedChat blocked);
}
