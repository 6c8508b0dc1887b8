package vn.doan.nhacviec.bot.zalo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

/**
 * Zalo has no buttons: the choices of a message become a numbered list at its end, and the reader
 * answers with the number (the conversation maps it back to the choice). Short labels share one
 * line ({@code Trả lời bằng số: 1. ✅ Xong  2. ⏳ Chưa làm}); long ones get a line each.
 */
@Component
@ConditionalOnZalo
class ChoiceList {

    private static final int ONE_LINE_LABEL = 24;
    private static final int ONE_LINE_COUNT = 6;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+");

    private final Messages messages;

    ChoiceList(Messages messages) {
        this.messages = messages;
    }

    String render(Locale locale, List<Choice> choices) {
        boolean oneLine = choices.size() <= ONE_LINE_COUNT && choices.stream().allMatch(c -> c.label().length() <= ONE_LINE_LABEL);
        StringBuilder text = new StringBuilder(messages.get(locale, "zalo.choices.prompt"));
        for (int i = 0; i < choices.size(); i++) {
            text.append(oneLine ? (i == 0 ? " " : "  ") : "\n").append(i + 1).append(". ").append(label(choices.get(i), i + 1));
        }
        return text.toString();
    }

    /** A label that already starts with its own number ("2. Sinh hoạt…") is not numbered twice. */
    private static String label(Choice choice, int position) {
        var numbered = NUMBERED.matcher(choice.label());
        return numbered.find() && numbered.group(1).equals(String.valueOf(position)) ? choice.label().substring(numbered.end()) : choice.label();
    }
}
