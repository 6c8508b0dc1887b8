package vn.doan.nhacviec.bot.dialog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.doan.nhacviec.bot.text.Folded;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;
import vn.doan.nhacviec.data.dialog.DialogStateRepository.DialogState;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Hands the next text of a waiting dialogue to the {@link DialogStep} that owns its kind, and ends
 * any waiting dialogue (also those of features that keep their steps themselves) on a cancel word.
 */
@Component
public class DialogRouter {

    private final List<DialogStep> steps;
    private final DialogStateRepository states;
    private final NumberedMessages numbered;
    private final Messages messages;
    private final Outgoing outgoing;
    /** {@code dialog.cancelWords} of every language, folded: a person may cancel in either. */
    private final Set<String> cancelWords;

    public DialogRouter(List<DialogStep> steps, DialogStateRepository states, NumberedMessages numbered, Messages messages,
                        Outgoing outgoing) {
        this.steps = steps;
        this.states = states;
        this.numbered = numbered;
        this.messages = messages;
        this.outgoing = outgoing;
        this.cancelWords = Stream.of(Messages.VIETNAMESE, Locale.ENGLISH)
                .flatMap(locale -> Arrays.stream(messages.get(locale, "dialog.cancelWords").split(",")))
                .map(word -> Folded.of(word))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True (and answered) if {@code text} is a cancel word and a dialogue was waiting. */
    public boolean cancelIfAsked(Caller caller, String text) {
        if (!isCancelWord(text)) {
            return false;
        }
        boolean waiting = states.find(caller.chat().id(), caller.person().id()).isPresent();
        states.clear(caller.chat().id(), caller.person().id());
        // a "which item?" question keeps its answer on its message: cancelling closes it too
        waiting |= numbered.dropPendingAnswers(caller.chat().id(), caller.person().id()) > 0;
        if (!waiting) {
            return false;
        }
        reply(caller, "dialog.cancelled");
        return true;
    }

    /** True if the waiting step belongs to a registered {@link DialogStep} and it took {@code text}. */
    public boolean continueDialog(Caller caller, DialogState waiting, String text) {
        Optional<DialogStep> step = steps.stream().filter(s -> waiting.kind().startsWith(s.kindPrefix())).findFirst();
        if (step.isEmpty()) {
            return false;
        }
        try {
            return step.get().next(caller, waiting.kind(), waiting.payload(), text);
        } catch (JacksonException e) {
            // a step saved by an older version of the bot that this one cannot read: start over
            states.clear(caller.chat().id(), caller.person().id());
            reply(caller, "dialog.expired");
            return true;
        }
    }

    /** A button offered by a dialogue step: read as if its text were typed, if the dialogue still waits. */
    void choose(Caller caller, String text) {
        if (cancelIfAsked(caller, text)) {
            return;
        }
        Optional<DialogState> waiting = states.find(caller.chat().id(), caller.person().id());
        if (waiting.isEmpty() || !continueDialog(caller, waiting.get(), text)) {
            reply(caller, "dialog.expired");
        }
    }

    private void reply(Caller caller, String key) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key)));
    }

    boolean isCancelWord(String text) {
        // "/huy@TenBot" in a group
        return text != null && cancelWords.contains(Folded.of(text.strip().replaceFirst("^(/\\S+)@\\S+$", "$1")));
    }
}
