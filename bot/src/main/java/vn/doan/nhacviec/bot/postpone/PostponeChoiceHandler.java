package vn.doan.nhacviec.bot.postpone;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.ChoiceHandler;

/**
 * The answers on a postponement request: {@code pp:a:<id>} approve, {@code pp:d:<id>} decline (asks
 * for the reason), {@code pp:c:<id>} propose another day (asks for it); and on a counter-proposal,
 * for the unit that asked, {@code pp:y:<id>} accept and {@code pp:n:<id>} refuse.
 */
@Component
class PostponeChoiceHandler implements ChoiceHandler {

    static final String PREFIX = "pp";
    static final String APPROVE = "a";
    static final String DECLINE = "d";
    static final String COUNTER = "c";
    static final String ACCEPT_COUNTER = "y";
    static final String REJECT_COUNTER = "n";

    private final PostponeDecisions decisions;
    private final PostponeDialog dialogue;

    PostponeChoiceHandler(PostponeDecisions decisions, PostponeDialog dialogue) {
        this.decisions = decisions;
        this.dialogue = dialogue;
    }

    /** The data of an answer: at most 3 + 2 + 12 bytes, far under Telegram's 64. */
    static String data(String action, long requestId) {
        return PREFIX + ":" + action + ":" + requestId;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(Caller caller, String value, Long messageOutboxId) {
        String[] parts = value.split(":");
        Optional<Long> id = parts.length == 2 && parts[1].matches("\\d{1,12}") ? Optional.of(Long.parseLong(parts[1])) : Optional.empty();
        if (id.isEmpty()) {
            return;
        }
        switch (parts[0]) {
            case APPROVE -> decisions.approve(caller, id.get());
            case DECLINE -> dialogue.askReason(caller, id.get());
            case COUNTER -> dialogue.askDay(caller, id.get());
            case ACCEPT_COUNTER -> decisions.answerCounter(caller, id.get(), true);
            case REJECT_COUNTER -> decisions.answerCounter(caller, id.get(), false);
            default -> {
                // an answer of a newer version of the bot: nothing to do
            }
        }
    }
}
