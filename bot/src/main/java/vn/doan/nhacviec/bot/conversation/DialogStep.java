package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.access.Caller;

/**
 * A multi-step dialogue that waits for the caller's next text (its state is kept in
 * {@code DialogStateRepository} under a kind of its own). The conversation hands the next text to
 * the step that {@link #handles} the waiting kind.
 */
public interface DialogStep {

    /** Whether a waiting dialogue of this kind is continued here. */
    boolean handles(String kind);

    /**
     * The next text of the dialogue.
     *
     * @return false to let the text be read as usual (e.g. a number that picks one of the choices offered)
     */
    boolean continueWith(Caller caller, String kind, String payload, String text);
}
