package vn.doan.nhacviec.bot.items;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.answer.AnswerReader;
import vn.doan.nhacviec.bot.answer.AnswerService;
import vn.doan.nhacviec.bot.answer.FreeTextAnswers;
import vn.doan.nhacviec.bot.answer.NumberedItems;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * {@code /xong}: marks an item done, as typing does. {@code /xong} alone is «xong»; {@code /xong 2}
 * is «2 xong» (item 2 of the latest list shown in the chat); {@code /xong CODE} names an obligation
 * by its code. Each may be followed by a note such as "đã họp 20/11, 18/25 đoàn viên".
 */
@Component
class DoneCommand implements BotCommand {

    private final FreeTextAnswers freeText;
    private final NumberedItems numberedItems;
    private final NumberedMessages numbered;
    private final AnswerService answers;
    private final AnswerReader reader;
    private final OpenItems openItems;
    private final AccessPolicy access;
    private final ObligationRepository obligations;
    private final Clock clock;

    DoneCommand(FreeTextAnswers freeText, NumberedItems numberedItems, NumberedMessages numbered, AnswerService answers,
                AnswerReader reader, OpenItems openItems, AccessPolicy access, ObligationRepository obligations, Clock clock) {
        this.freeText = freeText;
        this.numberedItems = numberedItems;
        this.numbered = numbered;
        this.answers = answers;
        this.reader = reader;
        this.openItems = openItems;
        this.access = access;
        this.obligations = obligations;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("xong", "done", Access.SECRETARY);
    }

    @Override
    public void handle(CommandContext context) {
        String[] parts = context.args().split("\\s+", 2);
        String first = parts[0];
        String note = parts.length > 1 ? parts[1].strip() : "";
        String raw = "/" + context.commandName() + " " + context.args();
        if (first.isEmpty()) {
            freeText.answer(context.caller(), StatusEntry.of(StatusMeaning.DONE), raw, null);
            return;
        }
        if (first.matches("\\d{1,3}")) {
            int number = Integer.parseInt(first);
            var shown = numbered.latestItems(context.caller().chat().id(), clock.millis() - NumberedMessages.REMEMBERED_FOR.toMillis());
            if (shown.isEmpty()) {
                context.replyKey("error.noNumbersShown", number);
                return;
            }
            numberedItems.answer(context.caller(), shown.get(), number, done(note), raw);
            return;
        }
        Optional<Obligation> obligation = obligations.findByCode(first.toUpperCase(Locale.ROOT));
        if (obligation.isEmpty()) {
            context.replyKey("error.unknownObligation", first.length() > 64 ? first.substring(0, 64) : first);
            return;
        }
        List<Occurrence> open = access.ownUnits(context.caller()).stream()
                .flatMap(unit -> openItems.of(unit).stream())
                .filter(o -> o.obligationId() == obligation.get().id())
                .limit(1)
                .toList();
        if (open.isEmpty()) {
            context.replyKey("done.noneOpen", obligation.get().title());
            return;
        }
        answers.record(context.caller(), open.get(0), done(note), raw, null);
    }

    /** Done, with what the note says (a day, a head count) kept. */
    private StatusEntry done(String note) {
        if (note.isEmpty()) {
            return StatusEntry.of(StatusMeaning.DONE);
        }
        Optional<StatusEntry> read = reader.read(note);
        return new StatusEntry(StatusMeaning.DONE, read.map(StatusEntry::quantity).orElse(null), read.map(StatusEntry::total).orElse(null),
                read.map(StatusEntry::doneOn).orElse(null), null, note);
    }
}
