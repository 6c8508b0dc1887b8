package vn.doan.nhacviec.bot.answer;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * An answer typed without an item number («xong», «đã họp 20/11, 18/25 đoàn viên»): read, matched to
 * the items it can be about ({@link FreeTextTargets} writes the rules), then recorded or asked about.
 * Not understood: the bot says how to answer and writes nothing.
 */
@Component
public class FreeTextAnswers {

    private final AnswerReader reader;
    private final FreeTextTargets targets;
    private final AnswerService answers;

    FreeTextAnswers(AnswerReader reader, FreeTextTargets targets, AnswerService answers) {
        this.reader = reader;
        this.targets = targets;
        this.answers = answers;
    }

    /** @param answeredMessage the outbox id of the message replied to, or null */
    public void answer(Caller caller, String text, Long answeredMessage) {
        Optional<StatusEntry> entry = reader.read(text);
        if (entry.isEmpty()) {
            answers.reply(caller, "error.notUnderstood");
            return;
        }
        if (entry.get().meaning() == StatusMeaning.ACKNOWLEDGED) {
            // «đã nhận» with no notice waiting: nothing to record against a duty
            answers.reply(caller, "answer.ackNothingOpen");
            return;
        }
        answer(caller, entry.get(), text, answeredMessage);
    }

    /** An answer already read (e.g. {@code /xong} with its note). */
    public void answer(Caller caller, StatusEntry entry, String rawText, Long answeredMessage) {
        FreeTextTargets.Resolution resolution = targets.resolve(caller, entry, rawText, answeredMessage);
        if (resolution instanceof FreeTextTargets.Targets found) {
            answers.answer(caller, found.items(), entry, rawText, found.shownOn(), found.dayOutsidePeriods());
        } else if (resolution instanceof FreeTextTargets.Refusal refusal) {
            answers.reply(caller, refusal.key(), detail(caller, refusal.detail()));
        }
    }

    private Object detail(Caller caller, Object detail) {
        return detail instanceof AnswerFit.Topic topic ? answers.text(caller, "answer.topic." + topic.name()) : detail;
    }
}
