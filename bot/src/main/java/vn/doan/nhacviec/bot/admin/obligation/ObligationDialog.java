package vn.doan.nhacviec.bot.admin.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.dialog.DialogStep;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.bot.admin.obligation.ObligationDraft.Step;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The guided dialogue behind {@code /themnv} and {@code /suanv}: title, who (levels and tags), how
 * often, by when, which reminders, then a summary to save. Editing shows each current value and
 * keeps it on "=". A wrong answer is explained and asked again; {@code /huy} or any command ends it,
 * and it expires on its own. The caller's rights are checked again on saving.
 */
@Component
class ObligationDialog implements DialogStep {

    static final String KIND = "admin.obligation";

    private final Dialogs dialogs;
    private final ObligationChanges changes;
    private final ObligationScope scope;
    private final ObligationText describe;
    private final ReminderPolicyNames policies;
    private final UnitRepository units;
    private final Messages messages;
    private final Outgoing outgoing;

    ObligationDialog(Dialogs dialogs, ObligationChanges changes, ObligationScope scope, ObligationText describe,
                       ReminderPolicyNames policies, UnitRepository units, Messages messages, Outgoing outgoing) {
        this.dialogs = dialogs;
        this.changes = changes;
        this.scope = scope;
        this.describe = describe;
        this.policies = policies;
        this.units = units;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    @Override
    public String kindPrefix() {
        return KIND;
    }

    /** Starts the dialogue: {@code intro} and the first question in one message. */
    void start(Caller caller, ObligationDraft draft, String intro) {
        dialogs.await(caller, KIND, draft);
        OutgoingMessage question = question(caller, draft);
        reply(caller, intro + "\n\n" + question.text(), question.choices());
    }

    @Override
    public boolean next(Caller caller, String kind, String payload, String text) {
        read(caller, payload, text);
        return true;
    }

    private void read(Caller caller, String payload, String text) {
        ObligationDraft draft = dialogs.read(payload, ObligationDraft.class);
        if (draft.step() == Step.CONFIRM && ObligationInput.declines(text)) {
            dialogs.end(caller);
            reply(caller, text(caller, "dialog.cancelled"), List.of());
            return;
        }
        if (draft.editing() && draft.step() != Step.CONFIRM && ObligationInput.keeps(text)) {
            advance(caller, draft);
            return;
        }
        Optional<ObligationDraft> answered = switch (draft.step()) {
            case TITLE -> ObligationInput.title(text).map(draft::title);
            case WHO -> ObligationInput.assignee(text).map(draft::assignee);
            case RECURRENCE -> ObligationInput.frequency(text).map(every -> draft.recurrence(recurrence(draft, every)));
            case DEADLINE -> ObligationInput.deadline(draft.definition().recurrence(), text).map(draft::recurrence);
            case REMINDERS -> ObligationInput.reminderPolicy(text).filter(p -> policies.allows(p.orElse(null)))
                    .map(p -> draft.reminderPolicy(p.orElse(null)));
            case CONFIRM -> ObligationInput.confirms(text) ? Optional.of(draft) : Optional.empty();
        };
        if (answered.isEmpty()) {
            OutgoingMessage again = question(caller, draft);
            reply(caller, text(caller, "obligation.again." + stepKey(draft.step())) + "\n\n" + again.text(), again.choices());
            return;
        }
        if (draft.step() == Step.CONFIRM) {
            save(caller, draft);
            return;
        }
        advance(caller, answered.get());
    }

    private void advance(Caller caller, ObligationDraft draft) {
        Step next = switch (draft.step()) {
            case TITLE -> Step.WHO;
            case WHO -> Step.RECURRENCE;
            case RECURRENCE -> ObligationInput.hasDeadlineStep(draft.definition().recurrence().every()) ? Step.DEADLINE : Step.REMINDERS;
            case DEADLINE -> Step.REMINDERS;
            case REMINDERS, CONFIRM -> Step.CONFIRM;
        };
        ObligationDraft moved = draft.at(next);
        dialogs.await(caller, KIND, moved);
        ask(caller, moved);
    }

    private void save(Caller caller, ObligationDraft draft) {
        dialogs.end(caller);
        if (draft.editing()) {
            ObligationScope.Owned owned = scope.changeable(caller, draft.code());
            Obligation edited = changes.edit(caller, owned, draft.definition());
            reply(caller, text(caller, "obligation.edited", edited.code(), edited.title(), edited.version()), List.of());
        } else {
            Unit issuer = units.findById(draft.issuerUnitId()).orElseThrow(() -> new UserError("error.unknownUnit", "#" + draft.issuerUnitId()));
            scope.requireIssuer(caller, issuer.code(), issuer);
            Obligation added = changes.add(caller, issuer, draft.definition());
            reply(caller, text(caller, "obligation.added", added.code(), added.title(), issuer.name()), List.of());
        }
    }

    /** A new kind of recurrence starts without the old one's interval and deadline. */
    private static Recurrence recurrence(ObligationDraft draft, Frequency every) {
        Recurrence current = draft.definition().recurrence();
        if (current != null && current.every() == every) {
            return current;
        }
        return new Recurrence(every, null, null, null, null, null);
    }

    private void ask(Caller caller, ObligationDraft draft) {
        OutgoingMessage question = question(caller, draft);
        reply(caller, question.text(), question.choices());
    }

    private OutgoingMessage question(Caller caller, ObligationDraft draft) {
        Locale locale = caller.locale();
        var definition = draft.definition();
        List<Choice> choices = new ArrayList<>();
        String question = switch (draft.step()) {
            case TITLE -> text(caller, "obligation.ask.title", ObligationInput.MAX_TITLE);
            case WHO -> text(caller, "obligation.ask.who", levels(caller));
            case RECURRENCE -> {
                for (int i = 0; i < ObligationInput.FREQUENCIES.size(); i++) {
                    String label = describe.every(locale, new Recurrence(ObligationInput.FREQUENCIES.get(i), null, null, null, null, null));
                    choices.add(new Choice(label, Dialogs.CHOICE_PREFIX + ":" + (i + 1)));
                }
                yield text(caller, "obligation.ask.recurrence");
            }
            case DEADLINE -> text(caller, "obligation.ask.deadline." + switch (definition.recurrence().every()) {
                case ONCE -> "once";
                case YEAR -> "year";
                default -> "period";
            });
            case REMINDERS -> text(caller, "obligation.ask.reminders",
                    policies.all().isEmpty() ? text(caller, "obligation.reminders.noneConfigured") : String.join(", ", policies.all().stream().map(name -> describe.policyName(caller.locale(), name)).toList()));
            case CONFIRM -> {
                choices.add(new Choice(text(caller, "obligation.save"), Dialogs.CHOICE_PREFIX + ":1"));
                choices.add(new Choice(text(caller, "obligation.cancel"), Dialogs.CHOICE_PREFIX + ":huy"));
                yield describe.summary(locale, definition) + "\n\n" + text(caller, "obligation.ask.confirm");
            }
        };
        if (draft.editing() && draft.step() != Step.CONFIRM) {
            question += "\n" + text(caller, "obligation.ask.current", current(caller, draft));
        }
        question += "\n" + text(caller, "obligation.ask.cancelHint");
        return new OutgoingMessage(question, choices, null, null);
    }

    private String current(Caller caller, ObligationDraft draft) {
        Locale locale = caller.locale();
        var definition = draft.definition();
        return switch (draft.step()) {
            case TITLE -> definition.title();
            case WHO -> describe.who(locale, definition.assignee() == null ? new Assignee(List.of(), List.of(), List.of()) : definition.assignee());
            case RECURRENCE -> describe.every(locale, definition.recurrence());
            case DEADLINE -> describe.deadline(locale, definition.recurrence());
            case REMINDERS -> describe.reminders(locale, definition.reminderPolicy());
            case CONFIRM -> "";
        };
    }

    private String levels(Caller caller) {
        StringBuilder list = new StringBuilder();
        Level[] all = Level.values();
        for (int i = 0; i < all.length; i++) {
            list.append('\n').append(i + 1).append(". ").append(text(caller, "level." + all[i].code())).append(" (").append(all[i].code()).append(')');
        }
        return list.toString();
    }

    private static String stepKey(Step step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    private String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }

    private void reply(Caller caller, String text, List<Choice> choices) {
        outgoing.send(caller.chat(), new OutgoingMessage(text, choices, null, null));
    }
}
