package vn.doan.nhacviec.bot.answer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.dialog.DialogStep;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * "To which day?" after a postponement without a day: a date («5/12», «hoãn đến 5/12») answers it;
 * a day not after the deadline is refused and asked again. Anything else that reads as an answer
 * («1 xong», «chưa làm») leaves the question and is read as usual.
 */
@Component
class PostponeDateStep implements DialogStep {

    static final String KIND = "answer.date";
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}(?:\\s.*)?$", Pattern.DOTALL);

    private final AnswerReader reader;
    private final AnswerService answers;
    private final OccurrenceRepository occurrences;
    private final Dialogs dialogs;

    PostponeDateStep(AnswerReader reader, AnswerService answers, OccurrenceRepository occurrences, Dialogs dialogs) {
        this.reader = reader;
        this.answers = answers;
        this.occurrences = occurrences;
        this.dialogs = dialogs;
    }

    @Override
    public String kindPrefix() {
        return KIND;
    }

    @Override
    public boolean next(Caller caller, String kind, String payload, String text) {
        WaitingAnswer waiting = dialogs.read(payload, WaitingAnswer.class);
        Optional<LocalDate> day = reader.postponementDay(text);
        if (day.isEmpty()) {
            if (NUMBERED.matcher(text).matches() || reader.read(text).isPresent()) {
                dialogs.end(caller);
                return false;
            }
            answers.reply(caller, "answer.askDateAgain");
            return true;
        }
        Optional<Occurrence> item = occurrences.findById(waiting.occurrenceId());
        if (item.isEmpty()) {
            dialogs.end(caller);
            answers.expired(caller);
            return true;
        }
        StatusEntry entry = waiting.entry();
        StatusEntry dated = new StatusEntry(entry.meaning(), entry.quantity(), entry.total(), entry.doneOn(), day.get(), entry.note());
        // a day not after the deadline is refused by the record and the question stays open
        answers.record(caller, item.get(), dated, waiting.rawText() + " | " + text, waiting.shownOn());
        return true;
    }
}
