package vn.doan.nhacviec.bot.dialog;

import vn.doan.nhacviec.bot.core.Caller;

/**
 * Reads the next message of a dialogue whose kind starts with {@link #kindPrefix()}. It either asks
 * again (invalid input: the same step keeps waiting), waits for the next step through {@link
 * Dialogs#await}, or finishes with {@link Dialogs#end}.
 */
public interface DialogStep {

    /** The dialogue kinds this bean continues, e.g. {@code admin.obligation}. */
    String kindPrefix();

    /**
     * @param kind    the waiting step's kind (starts with {@link #kindPrefix()})
     * @param payload what the dialogue saved with the step
     * @param text    the person's next message, stripped, at most the message length limit
     * @return false to let the text be read as usual instead (e.g. a number picking one of the choices offered)
     */
    boolean next(Caller caller, String kind, String payload, String text);
}
