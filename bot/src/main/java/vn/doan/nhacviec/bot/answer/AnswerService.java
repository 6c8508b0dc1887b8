package vn.doan.nhacviec.bot.answer;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorder;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Attributes an answer to the right occurrence and records it. The items an answer is about are,
 * in order: those of the message it replies to (or whose button was pressed), those of the latest
 * list or reminder sent to the chat in the last days, or else the open items of the caller's unit.
 * One item: recorded at once. Several: the caller is asked which.
 */
@Service
public class AnswerService {

    static final String PICK_ITEM = "answer.pick";
    static final String AWAIT_DATE = "answer.date";
    private static final Duration LISTING_MEMORY = Duration.ofDays(3);
    private static final Duration DIALOG_TIMEOUT = Duration.ofMinutes(30);

    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final StatusRecorder recorder;
    private final AccessPolicy access;
    private final ItemFormatter items;
    private final MessageItemRepository messageItems;
    private final DialogStateRepository dialogs;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Clock clock;
    private final AnsweredMessageEditor answeredMessages;

    public AnswerService(OccurrenceRepository occurrences, ObligationRepository obligations, UnitRepository units,
                         StatusRecorder recorder, AccessPolicy access, ItemFormatter items, MessageItemRepository messageItems,
                         DialogStateRepository dialogs, Messages messages, Outgoing outgoing, Clock clock,
                         AnsweredMessageEditor answeredMessages) {
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.units = units;
        this.recorder = recorder;
        this.access = access;
        this.items = items;
        this.messageItems = messageItems;
        this.dialogs = dialogs;
        this.messages = messages;
        this.outgoing = outgoing;
        this.clock = clock;
        this.answeredMessages = answeredMessages;
    }

    /** The occurrences an answer in this chat is about; {@code contextOutboxId} is the message answered, if known. */
    public List<Occurrence> candidates(Caller caller, Long contextOutboxId) {
        Long listing = contextOutboxId;
        if (listing == null) {
            listing = messageItems.latestListingTo(caller.chat().id(), clock.millis() - LISTING_MEMORY.toMillis()).orElse(null);
        }
        if (listing != null) {
            List<Long> ids = messageItems.items(listing);
            if (!ids.isEmpty()) {
                return occurrences.findByIds(ids).stream().filter(o -> !o.state().isClosed()).toList();
            }
        }
        List<Occurrence> open = new ArrayList<>();
        for (Unit unit : access.ownUnits(caller)) {
            open.addAll(openItems(unit));
        }
        return open;
    }

    /** Open items of a unit worth showing now: started, overdue, or due within 30 days. */
    public List<Occurrence> openItems(Unit unit) {
        var today = java.time.LocalDate.now(clock.withZone(unit.zone()));
        return occurrences.openForUnit(unit.id(), today, clock.instant().plus(Duration.ofDays(30)));
    }

    /** Answers about one of {@code targets}: records it, or asks which item or which day first. */
    public void answer(Caller caller, List<Occurrence> targets, StatusEntry entry, String rawText) {
        answer(caller, targets, entry, rawText, null);
    }

    /**
     * Like {@link #answer(Caller, List, StatusEntry, String)} for a button pressed on the message
     * {@code answeredMessage} (an outbox id, or null): once recorded straight away, that message is
     * changed to show the answer where the channel can edit.
     */
    public void answer(Caller caller, List<Occurrence> targets, StatusEntry entry, String rawText, Long answeredMessage) {
        if (targets.isEmpty()) {
            send(caller, text(caller, "answer.nothingOpen"));
            return;
        }
        if (targets.size() > 1) {
            askWhich(caller, targets, entry, rawText);
            return;
        }
        record(caller, targets.get(0), entry, rawText, answeredMessage);
    }

    /** Records an answer about one occurrence, after checking the caller may answer for its unit. */
    public void record(Caller caller, Occurrence occurrence, StatusEntry entry, String rawText) {
        record(caller, occurrence, entry, rawText, null);
    }

    private void record(Caller caller, Occurrence occurrence, StatusEntry entry, String rawText, Long answeredMessage) {
        Unit unit = units.findById(occurrence.unitId()).orElseThrow();
        if (!access.covers(caller, unit, Role.SECRETARY)) {
            send(caller, text(caller, "answer.notYours", unit.name()));
            return;
        }
        if (entry.meaning() == StatusMeaning.POSTPONE && entry.postponeTo() == null) {
            save(caller, AWAIT_DATE, new PendingAnswer(List.of(occurrence.id()), entry, rawText));
            send(caller, text(caller, "answer.askDate"));
            return;
        }
        dialogs.clear(caller.chat().id(), caller.person().id());
        StatusRecorder.Recorded recorded = recorder.record(occurrence, caller.person().id(), caller.chat().id(), rawText, entry, unit.zone());
        String confirmation = confirmation(caller, recorded, unit);
        send(caller, confirmation);
        if (answeredMessage != null) {
            answeredMessages.showRecorded(caller, answeredMessage, confirmation);
        }
    }

    /** Continues a dialogue this service started; false if the waiting step is not one of ours. */
    public boolean continueDialog(Caller caller, String kind, String payload, String text, Optional<StatusEntry> parsed) {
        PendingAnswer pending = JsonMapper.shared().readValue(payload, PendingAnswer.class);
        if (AWAIT_DATE.equals(kind)) {
            Optional<java.time.LocalDate> day = parsed.map(StatusEntry::postponeTo).or(() -> parsed.map(StatusEntry::doneOn));
            if (day.isEmpty()) {
                send(caller, text(caller, "answer.askDateAgain"));
                return true;
            }
            StatusEntry entry = pending.entry();
            StatusEntry dated = new StatusEntry(entry.meaning(), entry.quantity(), entry.total(), entry.doneOn(), day.get(), entry.note());
            occurrences.findById(pending.occurrenceIds().get(0)).ifPresent(o -> record(caller, o, dated, pending.rawText() + " | " + text));
            return true;
        }
        if (PICK_ITEM.equals(kind)) {
            Optional<Integer> number = parseNumber(text);
            if (number.isPresent() && number.get() >= 1 && number.get() <= pending.occurrenceIds().size()) {
                pickItem(caller, pending, pending.occurrenceIds().get(number.get() - 1));
                return true;
            }
            return false;
        }
        return false;
    }

    /** The caller chose an item from the "which one?" question. */
    public void pickItem(Caller caller, long occurrenceId) {
        Optional<String> waiting = dialogs.find(caller.chat().id(), caller.person().id())
                .filter(d -> PICK_ITEM.equals(d.kind())).map(DialogStateRepository.DialogState::payload);
        if (waiting.isEmpty()) {
            send(caller, text(caller, "answer.expired"));
            return;
        }
        pickItem(caller, JsonMapper.shared().readValue(waiting.get(), PendingAnswer.class), occurrenceId);
    }

    private void pickItem(Caller caller, PendingAnswer pending, long occurrenceId) {
        if (!pending.occurrenceIds().contains(occurrenceId)) {
            send(caller, text(caller, "answer.expired"));
            return;
        }
        dialogs.clear(caller.chat().id(), caller.person().id());
        occurrences.findById(occurrenceId).ifPresent(o -> record(caller, o, pending.entry(), pending.rawText()));
    }

    private void askWhich(Caller caller, List<Occurrence> targets, StatusEntry entry, String rawText) {
        save(caller, PICK_ITEM, new PendingAnswer(targets.stream().map(Occurrence::id).toList(), entry, rawText));
        StringBuilder text = new StringBuilder(text(caller, "answer.which"));
        List<Choice> choices = new ArrayList<>();
        int n = 1;
        for (Occurrence occurrence : targets) {
            Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
            Unit unit = units.findById(occurrence.unitId()).orElseThrow();
            text.append('\n').append(n).append(". ").append(items.line(caller.locale(), obligation, occurrence, unit.zone()));
            choices.add(new Choice(n + ". " + shorten(obligation.title()), "pick:" + occurrence.id()));
            n++;
        }
        send(caller, new OutgoingMessage(text.toString(), choices, null, null));
    }

    private String confirmation(Caller caller, StatusRecorder.Recorded recorded, Unit unit) {
        Occurrence occurrence = recorded.occurrence();
        Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
        String item = obligation.title() + " (" + items.periodLabel(caller.locale(), occurrence.periodKey()) + ")";
        StatusEntry entry = recorded.entry();
        String key = switch (entry.meaning()) {
            case DONE -> recorded.alreadyClosed() ? "answer.ok.alreadyClosed"
                    : recorded.newState() == vn.doan.nhacviec.data.occurrence.OccurrenceState.DONE_LATE ? "answer.ok.doneLate" : "answer.ok.done";
            case PROGRESS -> "answer.ok.progress";
            case NOT_YET -> "answer.ok.notYet";
            case REMIND_TOMORROW -> "answer.ok.tomorrow";
            case POSTPONE -> "answer.ok.postpone";
            case DIFFICULTY -> "answer.ok.difficulty";
            case EXCUSED -> "answer.ok.excused";
            case ACKNOWLEDGED -> "answer.ok.acknowledged";
        };
        String line = text(caller, key, item, entry.postponeTo() == null ? "" : entry.postponeTo().format(ItemFormatter.DATE),
                format(occurrence.quantity()), obligation.definition().completion() == null ? "" : nullToEmpty(obligation.definition().completion().unit()));
        if (entry.quantity() != null && entry.total() != null) {
            line += " " + text(caller, "answer.attendance", format(entry.quantity()), entry.total());
        }
        return line;
    }

    private void save(Caller caller, String kind, PendingAnswer pending) {
        dialogs.save(caller.chat().id(), caller.person().id(), kind, JsonMapper.shared().writeValueAsString(pending), DIALOG_TIMEOUT);
    }

    private void send(Caller caller, String text) {
        send(caller, OutgoingMessage.text(text));
    }

    private void send(Caller caller, OutgoingMessage message) {
        outgoing.send(caller.chat(), message);
    }

    private String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }

    static Optional<Integer> parseNumber(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(trimmed)) : Optional.empty();
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
