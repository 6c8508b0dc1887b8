package vn.doan.nhacviec.bot.dialog;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.ChoiceHandler;

/** A button of a dialogue step ({@code dlg:<text>}) answers the step as if the text were typed. */
@Component
class DialogChoiceHandler implements ChoiceHandler {

    /** The choice data of a button answering a dialogue step with {@code text} (keep it under 60 bytes). */
    static final String PREFIX = "dlg";

    private final DialogRouter dialogues;

    DialogChoiceHandler(DialogRouter dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(Caller caller, String value, Long messageOutboxId) {
        dialogues.choose(caller, value);
    }
}
