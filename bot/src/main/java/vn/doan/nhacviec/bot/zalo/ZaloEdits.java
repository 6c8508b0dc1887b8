package vn.doan.nhacviec.bot.zalo;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Zalo cannot edit a sent message, and a reader does not want the same message twice. An edit is
 * compared with the message it replaces and only what is new is sent:
 * <ul>
 *   <li>same text, its choices removed or unchanged (the usual edit after an answer): nothing;</li>
 *   <li>the old text with something added (e.g. "✅ answered"): the addition only;</li>
 *   <li>other text, new choices, or a file: the whole message.</li>
 * </ul>
 * An edit of a message that was never delivered is sent whole, as the outbox contract says.
 */
@Component
@ConditionalOnZalo
class ZaloEdits {

    private final OutboxRepository outbox;

    ZaloEdits(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** What to send for {@code message}; empty when it says nothing the reader has not seen. */
    Optional<OutgoingMessage> whatToSend(OutgoingMessage message, String editedPlatformMessageId) {
        if (message.editOf() == null || editedPlatformMessageId == null || message.attachment() != null) {
            return Optional.of(message);
        }
        Optional<OutgoingMessage> original = outbox.find(message.editOf()).map(OutboxEntry::payload);
        if (original.isEmpty()) {
            return Optional.of(message);
        }
        String before = strip(original.get().text());
        String now = strip(message.text());
        boolean newChoices = message.showsNumberedOptions() && !message.numberedOptions().equals(original.get().numberedOptions());
        List<OutgoingMessage.Choice> choices = newChoices ? message.numberedOptions() : List.of();
        if (!now.startsWith(before)) {
            return Optional.of(message);
        }
        String added = now.substring(before.length()).strip();
        if (added.isEmpty() && choices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutgoingMessage(added.isEmpty() ? now : added, choices, null, null));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
