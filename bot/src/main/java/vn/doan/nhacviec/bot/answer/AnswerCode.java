package vn.doan.nhacviec.bot.answer;

import java.util.Arrays;
import java.util.Optional;
import vn.doan.nhacviec.data.status.StatusMeaning;

/** The one-letter codes of the one-tap answers, as carried in choice data (Telegram allows 64 bytes). */
public enum AnswerCode {
    DONE("D", StatusMeaning.DONE, "answer.done"),
    NOT_YET("N", StatusMeaning.NOT_YET, "answer.notYet"),
    TOMORROW("T", StatusMeaning.REMIND_TOMORROW, "answer.tomorrow"),
    POSTPONE("P", StatusMeaning.POSTPONE, "answer.postpone"),
    DIFFICULTY("K", StatusMeaning.DIFFICULTY, "answer.difficulty");

    private final String code;
    private final StatusMeaning meaning;
    private final String labelKey;

    AnswerCode(String code, StatusMeaning meaning, String labelKey) {
        this.code = code;
        this.meaning = meaning;
        this.labelKey = labelKey;
    }

    public String code() {
        return code;
    }

    public StatusMeaning meaning() {
        return meaning;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What the status log keeps as the raw text of a tapped or chosen answer. */
    public String rawText() {
        return "[" + name().toLowerCase(java.util.Locale.ROOT) + "]";
    }

    public static Optional<AnswerCode> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
