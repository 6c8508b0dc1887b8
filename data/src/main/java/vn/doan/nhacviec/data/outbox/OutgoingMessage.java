package vn.doan.nhacviec.data.outbox;

import java.util.List;

/**
 * What the bot sends, independent of the messenger: text already in the recipient's language,
 * optional choices (buttons on Telegram, a numbered list on Zalo and in the terminal) and an
 * optional file. Stored as JSON in the outbox.
 *
 * @param text       plain text (channels escape it for their markup)
 * @param choices    answers offered, in order; empty for none
 * @param attachment a file to send with the text, or null
 * @param editOf     outbox id of an earlier message this one replaces where the channel can edit
 *                   (Telegram); channels that cannot edit send it as a new message. Null for none.
 * @param pressId    the button press (Telegram callback query id) this text answers, shown to the
 *                   one who pressed only (a refusal, not for the whole group); null for a message
 *                   to the chat. Only channels with buttons receive presses.
 */
public record OutgoingMessage(String text, List<Choice> choices, Attachment attachment, Long editOf, String pressId) {

    public OutgoingMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public OutgoingMessage(String text, List<Choice> choices, Attachment attachment, Long editOf) {
        this(text, choices, attachment, editOf, null);
    }

    /** This text as the answer to a button press, for the presser's eyes only. */
    public static OutgoingMessage toPresser(String pressId, String text) {
        return new OutgoingMessage(text, List.of(), null, null, pressId);
    }

    public static OutgoingMessage text(String text) {
        return new OutgoingMessage(text, List.of(), null, null);
    }

    public OutgoingMessage withChoices(List<Choice> newChoices) {
        return new OutgoingMessage(text, newChoices, attachment, editOf, pressId);
    }

    /** Whether readers without buttons see numbered options (typing the number chooses one). */
    public boolean showsNumberedOptions() {
        return choices.stream().anyMatch(choice -> !choice.buttonOnly());
    }

    /** The choices a channel without buttons shows as numbered options, in order. */
    public List<Choice> numberedOptions() {
        return choices.stream().filter(choice -> !choice.buttonOnly()).toList();
    }

    /**
     * One answer offered to the reader.
     *
     * @param label      what the reader sees
     * @param data       what comes back when chosen; at most 64 bytes (Telegram's callback_data limit)
     * @param buttonOnly a shortcut for channels with buttons (e.g. "✅ 1" on a numbered list of items),
     *                   not shown where the reader types numbers: there the numbers are the items'
     */
    public record Choice(String label, String data, boolean buttonOnly) {

        public Choice(String label, String data) {
            this(label, data, false);
        }

        public static Choice button(String label, String data) {
            return new Choice(label, data, true);
        }
    }

    /**
     * A file to send.
     *
     * @param kind      PHOTO (shown inline) or DOCUMENT
     * @param path      where the file is on this machine
     * @param fileName  the name the reader sees
     * @param mediaType e.g. image/png, text/csv
     */
    public record Attachment(Kind kind, String path, String fileName, String mediaType) {
        public enum Kind { PHOTO, DOCUMENT }
    }
}
