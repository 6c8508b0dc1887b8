package vn.doan.nhacviec.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

/**
 * Choices as inline buttons: short labels share a row (two at most), long ones get a row each;
 * options are numbered like on the channels without buttons, button-only shortcuts keep their label. A
 * choice whose data Telegram would refuse (empty, or over 64 bytes) is left out rather than have
 * the whole message refused.
 */
final class InlineKeyboards {

    static final int MAX_DATA_BYTES = 64;
    private static final int ROW_CHARACTERS = 30;
    private static final int ROW_BUTTONS = 2;
    private static final Logger log = LoggerFactory.getLogger(InlineKeyboards.class);

    private InlineKeyboards() {
    }

    /** The keyboard, or null when there is nothing to press. */
    static InlineKeyboardMarkup of(List<Choice> choices) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        int rowCharacters = 0;
        int option = 0;
        for (Choice choice : choices) {
            String label = choice.buttonOnly() ? choice.label() : numbered(choice.label(), ++option);
            int bytes = choice.data() == null ? 0 : choice.data().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_DATA_BYTES) {
                log.warn("Choice «{}» left out: its data has {} bytes (Telegram takes 1 to {})", choice.label(), bytes, MAX_DATA_BYTES);
                continue;
            }
            if (!row.isEmpty() && (row.size() == ROW_BUTTONS || rowCharacters + label.length() > ROW_CHARACTERS)) {
                rows.add(row);
                row = new InlineKeyboardRow();
                rowCharacters = 0;
            }
            row.add(InlineKeyboardButton.builder().text(label).callbackData(choice.data()).build());
            rowCharacters += label.length();
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    /** An option carries its number, as on Zalo and in the terminal, so a typed number means the same button. */
    private static String numbered(String label, int position) {
        return label.startsWith(position + ".") ? label : position + ". " + label;
    }
}
