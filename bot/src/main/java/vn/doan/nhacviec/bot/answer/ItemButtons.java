package vn.doan.nhacviec.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

/**
 * The buttons of a numbered list of items, for channels with buttons: per item, «✅ 1» answers item 1
 * done in one tap and «1 …» shows its other answers. They are shortcuts for what a reader types
 * elsewhere («1 xong», «1»), so channels without buttons leave them out.
 */
@Component
public class ItemButtons {

    private final Messages messages;

    public ItemButtons(Messages messages) {
        this.messages = messages;
    }

    public List<Choice> forItems(Locale locale, int count) {
        List<Choice> buttons = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            buttons.add(Choice.button(messages.get(locale, "items.button.done", n), AnswerChoices.number(n, AnswerCode.DONE)));
            buttons.add(Choice.button(messages.get(locale, "items.button.more", n), AnswerChoices.number(n)));
        }
        return buttons;
    }
}
