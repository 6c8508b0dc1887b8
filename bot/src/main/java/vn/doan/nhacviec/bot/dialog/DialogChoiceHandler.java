package vn.doan.nhacviec.bot.dialog;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.ChoiceHandler;

/** A button of a dialogue step ({@code dlg:<text>}) answers the step as if the text were typed. */
@Component
class DialogChoiceHandler implements ChoiceHandler {


    private final DialogRouter dialogs;

    DialogChoiceHandler(DialogRouter dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public String prefix() {
        return Dialogs.CHOICE_PREFIX;
    }

    @Override
    public void handle(Caller caller, String value, Long messageOutboxId) {
        dialogs.choose(caller, value);
    }
}
