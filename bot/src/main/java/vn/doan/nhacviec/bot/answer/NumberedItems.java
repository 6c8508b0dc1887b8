package vn.doan.nhacviec.bot.answer;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.NumberedMessages.Numbered;
import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * A number on a message that numbers items (a reminder, {@code /viec}, a "which item?" question),
 * typed («2», «2 xong», «2 hoãn đến 5/12») or tapped (its button): «2 text» answers item 2 with the
 * text; «2» alone applies the answer waiting on a "which item?" question, or else shows item 2's
 * answers to choose from.
 */
@Component
public class NumberedItems {

    private final NumberedMessages numbered;
    private final MessageItemRepository messageItems;
    private final OccurrenceRepository occurrences;
    private final AnswerService answers;
    private final AnswerReader reader;
    private final ItemMenu menu;

    NumberedItems(NumberedMessages numbered, MessageItemRepository messageItems, OccurrenceRepository occurrences,
                  AnswerService answers, AnswerReader reader, ItemMenu menu) {
        this.numbered = numbered;
        this.messageItems = messageItems;
        this.occurrences = occurrences;
        this.answers = answers;
        this.reader = reader;
        this.menu = menu;
    }

    /**
     * @param text the answer typed after the number, or null for a bare number
     */
    public void typed(Caller caller, Numbered shown, int number, String text) {
        Optional<Occurrence> item = item(caller, shown.outboxId(), number);
        if (item.isEmpty()) {
            return;
        }
        if (text == null) {
            bare(caller, shown.outboxId(), item.get());
            return;
        }
        Optional<StatusEntry> entry = reader.read(text);
        if (entry.isEmpty()) {
            answers.reply(caller, "answer.notUnderstoodForItem", number);
            return;
        }
        answers.record(caller, item.get(), entry.get(), number + " " + text, shown.outboxId());
    }

    /** An answer already read about item {@code number} of {@code shown} ({@code /xong 2 …}, {@code /hoan 2 …}). */
    public void answer(Caller caller, Numbered shown, int number, StatusEntry entry, String rawText) {
        item(caller, shown.outboxId(), number).ifPresent(item -> answers.record(caller, item, entry, rawText, shown.outboxId()));
    }

    /** A button {@code n:<number>[:<code>]} on the message {@code outboxId}. */
    void press(Caller caller, Long outboxId, int number, Optional<AnswerCode> code) {
        if (outboxId == null || numbered.find(caller.chat().id(), outboxId).isEmpty()) {
            answers.expired(caller);
            return;
        }
        Optional<Occurrence> item = item(caller, outboxId, number);
        if (item.isEmpty()) {
            return;
        }
        if (code.isPresent()) {
            answers.record(caller, item.get(), StatusEntry.of(code.get().meaning()), code.get().rawText(), outboxId);
        } else {
            bare(caller, outboxId, item.get());
        }
    }

    /** A button of an older message that answered all its items at once: one item is answered, several are asked about. */
    void answerAll(Caller caller, Long outboxId, AnswerCode code) {
        List<Occurrence> open = outboxId == null ? List.of()
                : occurrences.findByIds(messageItems.items(outboxId)).stream().filter(o -> !o.state().isClosed()).toList();
        answers.answer(caller, open, StatusEntry.of(code.meaning()), code.rawText(), outboxId, false);
    }

    private void bare(Caller caller, long outboxId, Occurrence item) {
        Optional<NumberedMessages.PendingAnswer> pending = numbered.pendingAnswer(outboxId)
                .filter(p -> p.personId() == caller.person().id());
        if (pending.isPresent()) {
            WaitingAnswer waiting = JsonMapper.shared().readValue(pending.get().payload(), WaitingAnswer.class);
            answers.record(caller, item, waiting.entry(), waiting.rawText(), outboxId);
            return;
        }
        menu.show(caller, item);
    }

    private Optional<Occurrence> item(Caller caller, long outboxId, int number) {
        List<Long> items = messageItems.items(outboxId);
        if (number < 1 || number > items.size()) {
            answers.reply(caller, "answer.noSuchNumber", number, items.size());
            return Optional.empty();
        }
        return occurrences.findById(items.get(number - 1));
    }
}
