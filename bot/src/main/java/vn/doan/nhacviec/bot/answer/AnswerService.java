package vn.doan.nhacviec.bot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorder;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Records answers about items, after the checks every answer passes whatever way it came (a typed
 * number, a button, free text, {@code /xong}): the person answers for the item's unit; a
 * postponement goes to a day after the deadline; a quantity goes only to a duty that counts it. An
 * answer that could be about several items asks which, on a message whose numbers are those items.
 */
@Service
public class AnswerService {

    private static final String ACTION = "answer.record";

    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final StatusRecorder recorder;
    private final UnitScope scope;
    private final ItemFormatter items;
    private final NumberedMessages numbered;
    private final MessageItemRepository messageItems;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Outgoing outgoing;
    private final AnsweredMessageEditor answeredMessages;
    private final GroupCommit commits;

    AnswerService(ObligationRepository obligations, UnitRepository units, StatusRecorder recorder, UnitScope scope,
                  ItemFormatter items, NumberedMessages numbered, MessageItemRepository messageItems, Dialogs dialogs,
                  Messages messages, Outgoing outgoing, AnsweredMessageEditor answeredMessages, GroupCommit commits) {
        this.commits = commits;
        this.obligations = obligations;
        this.units = units;
        this.recorder = recorder;
        this.scope = scope;
        this.items = items;
        this.numbered = numbered;
        this.messageItems = messageItems;
        this.dialogs = dialogs;
        this.messages = messages;
        this.outgoing = outgoing;
        this.answeredMessages = answeredMessages;
    }

    /**
     * An answer about one of {@code targets}: recorded when there is one, asked about when there are
     * several.
     *
     * @param shownOn           the outbox id of the message answered, or null
     * @param dayOutsidePeriods the answer names a day that falls in none of the targets' periods
     */
    void answer(Caller caller, List<Occurrence> found, StatusEntry entry, String rawText, Long shownOn, boolean dayOutsidePeriods) {
        // asking someone which item, when they may answer none of them, would only lead to a refusal
        List<Occurrence> targets = found.stream()
                .filter(o -> scope.covers(caller, units.findById(o.unitId()).orElseThrow(), Role.SECRETARY)).toList();
        if (targets.isEmpty() && !found.isEmpty()) {
            scope.require(caller, units.findById(found.get(0).unitId()).orElseThrow(), Role.SECRETARY, ACTION);
        } else if (targets.isEmpty()) {
            reply(caller, "answer.nothingOpen");
        } else if (targets.size() == 1 && !dayOutsidePeriods) {
            record(caller, targets.get(0), entry, rawText, shownOn);
        } else {
            askWhich(caller, targets, entry, rawText, dayOutsidePeriods);
        }
    }

    /**
     * Records an answer about one item after its checks; a postponement without a day asks for one.
     *
     * @param shownOn the outbox id of the message the answer was given on (to show it answered), or null
     * @return whether it was recorded
     */
    public boolean record(Caller caller, Occurrence occurrence, StatusEntry entry, String rawText, Long shownOn) {
        Unit unit = units.findById(occurrence.unitId()).orElseThrow();
        // a refusal: on a button, shown to the presser alone
        scope.require(caller, unit, Role.SECRETARY, ACTION);
        Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
        String item = title(caller, obligation, occurrence);
        if (entry.meaning() == StatusMeaning.POSTPONE) {
            if (entry.postponeTo() == null) {
                dialogs.await(caller, PostponeDateStep.KIND, new WaitingAnswer(occurrence.id(), entry, rawText, shownOn));
                reply(caller, "answer.askDate", item, occurrence.lastDay().format(ItemFormatter.DATE));
                return false;
            }
            if (!postponesPastDeadline(occurrence, entry.postponeTo())) {
                reply(caller, "answer.postponeNotLater", item, entry.postponeTo().format(ItemFormatter.DATE),
                        occurrence.lastDay().format(ItemFormatter.DATE));
                return false;
            }
        }
        if (!AnswerFit.quantityFits(obligation, entry, rawText)) {
            reply(caller, "answer.quantityDoesNotFit", item);
            return false;
        }
        dialogs.end(caller);
        // the answer and its confirmation in one transaction, never one stored without the other (on SQLite one turn of the writer)
        String confirmation = commits.write(() -> {
            StatusRecorder.Recorded recorded = recorder.record(occurrence, caller.person().id(), caller.chat().id(), rawText, entry, unit.zone());
            String text = confirmation(caller, recorded, obligation, item);
            outgoing.send(caller.chat(), OutgoingMessage.text(text));
            return text;
        });
        if (shownOn != null) {
            numbered.dropPendingAnswer(shownOn);
            answeredMessages.showAnswered(caller, shownOn, confirmation);
        }
        return true;
    }

    static boolean postponesPastDeadline(Occurrence occurrence, LocalDate day) {
        return day.isAfter(occurrence.lastDay());
    }

    void expired(Caller caller) {
        reply(caller, "answer.expired");
    }

    void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(text(caller, key, args)));
    }

    String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }

    private void askWhich(Caller caller, List<Occurrence> targets, StatusEntry entry, String rawText, boolean dayOutsidePeriods) {
        StringBuilder text = new StringBuilder(dayOutsidePeriods
                ? messages.get(caller.locale(), "answer.whichForDay", entry.doneOn().format(ItemFormatter.DATE))
                : messages.get(caller.locale(), "answer.which", quote(rawText)));
        boolean severalUnits = targets.stream().map(Occurrence::unitId).distinct().count() > 1;
        List<Choice> buttons = new ArrayList<>();
        int n = 1;
        for (Occurrence occurrence : targets) {
            Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
            Unit unit = units.findById(occurrence.unitId()).orElseThrow();
            String line = items.line(caller.locale(), obligation, occurrence, unit.zone());
            text.append('\n').append(n).append(". ")
                    .append(severalUnits ? messages.get(caller.locale(), "reminder.unitLine", unit.name(), line) : line);
            buttons.add(Choice.button(n + ". " + shorten(obligation.title()) + " · "
                    + items.periodLabel(caller.locale(), occurrence.periodKey()), AnswerChoices.number(n)));
            n++;
        }
        text.append("\n\n").append(messages.get(caller.locale(), "answer.whichHow"));
        long outboxId = outgoing.send(caller.chat(), new OutgoingMessage(text.toString(), buttons, null, null));
        messageItems.record(outboxId, targets.stream().map(Occurrence::id).toList());
        numbered.keepPendingAnswer(outboxId, caller.person().id(),
                JsonMapper.shared().writeValueAsString(new WaitingAnswer(null, entry, rawText, null)));
    }

    private String title(Caller caller, Obligation obligation, Occurrence occurrence) {
        return obligation.title() + " (" + items.periodLabel(caller.locale(), occurrence.periodKey()) + ")";
    }

    private String confirmation(Caller caller, StatusRecorder.Recorded recorded, Obligation obligation, String item) {
        Occurrence occurrence = recorded.occurrence();
        StatusEntry entry = recorded.entry();
        String key = switch (entry.meaning()) {
            case DONE -> recorded.alreadyClosed() ? "answer.ok.alreadyClosed"
                    : recorded.newState() == OccurrenceState.DONE_LATE ? "answer.ok.doneLate" : "answer.ok.done";
            case PROGRESS -> "answer.ok.progress";
            case NOT_YET -> "answer.ok.notYet";
            case REMIND_TOMORROW -> "answer.ok.tomorrow";
            case POSTPONE -> "answer.ok.postpone";
            case DIFFICULTY -> "answer.ok.difficulty";
            case EXCUSED -> "answer.ok.excused";
            case ACKNOWLEDGED -> "answer.ok.acknowledged";
        };
        String line = messages.get(caller.locale(), key, item, entry.postponeTo() == null ? "" : entry.postponeTo().format(ItemFormatter.DATE),
                format(occurrence.quantity()), obligation.definition().completion() == null ? "" : nullToEmpty(obligation.definition().completion().unit()));
        if (entry.quantity() != null && entry.total() != null) {
            line += " " + messages.get(caller.locale(), "answer.attendance", format(entry.quantity()), entry.total());
        }
        return line;
    }

    private static String quote(String rawText) {
        String text = rawText == null ? "" : rawText.strip();
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static String shorten(String title) {
        return title.length() <= 32 ? title : title.substring(0, 31) + "…";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
