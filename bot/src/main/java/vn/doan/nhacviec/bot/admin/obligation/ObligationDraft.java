package vn.doan.nhacviec.bot.admin.obligation;

import java.util.List;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Source;

/**
 * An obligation being added or edited in the dialogue, saved with each waiting step.
 *
 * @param code         the obligation edited, or null for a new one (its code is made on saving)
 * @param issuerUnitId for a new one, the unit whose plan it joins
 * @param step         what the dialogue waits for
 * @param definition   the definition so far (for an edit, starting as the current one)
 */
record ObligationDraft(String code, Long issuerUnitId, Step step, ObligationDefinition definition) {

    enum Step { TITLE, WHO, RECURRENCE, DEADLINE, REMINDERS, CONFIRM }

    static ObligationDraft adding(long issuerUnitId, String sourceSection) {
        ObligationDefinition empty = new ObligationDefinition(null, null, new Source("chat", sourceSection, null),
                new Assignee(List.of(), List.of(), List.of()), null, Completion.YES_NO, RECIPIENT, null, null);
        return new ObligationDraft(null, issuerUnitId, Step.TITLE, empty);
    }

    static ObligationDraft editing(ObligationDefinition current) {
        return new ObligationDraft(current.code(), null, Step.TITLE, current);
    }

    /** Who receives the result of an obligation added from chat. */
    static final String RECIPIENT = "Đoàn cấp trên trực tiếp";

    boolean editing() {
        return code != null;
    }

    ObligationDraft at(Step next) {
        return new ObligationDraft(code, issuerUnitId, next, definition);
    }

    ObligationDraft title(String title) {
        Source source = definition.source();
        // a new obligation's source quote is its title: there is no seed sentence behind it
        Source updated = editing() ? source : new Source(source.file(), source.section(), title);
        return with(new ObligationDefinition(definition.code(), title, updated, definition.assignee(), definition.recurrence(),
                definition.completion(), definition.recipient(), definition.reminderPolicy(), definition.note()));
    }

    ObligationDraft assignee(Assignee assignee) {
        return with(new ObligationDefinition(definition.code(), definition.title(), definition.source(), assignee, definition.recurrence(),
                definition.completion(), definition.recipient(), definition.reminderPolicy(), definition.note()));
    }

    ObligationDraft recurrence(Recurrence recurrence) {
        return with(new ObligationDefinition(definition.code(), definition.title(), definition.source(), definition.assignee(), recurrence,
                definition.completion(), definition.recipient(), definition.reminderPolicy(), definition.note()));
    }

    ObligationDraft reminderPolicy(String policy) {
        return with(new ObligationDefinition(definition.code(), definition.title(), definition.source(), definition.assignee(),
                definition.recurrence(), definition.completion(), definition.recipient(), policy, definition.note()));
    }

    private ObligationDraft with(ObligationDefinition changed) {
        return new ObligationDraft(code, issuerUnitId, step, changed);
    }
}
