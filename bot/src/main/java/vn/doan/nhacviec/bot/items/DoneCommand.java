package vn.doan.nhacviec.bot.items;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.answer.AnswerService;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.reply.ParsedStatus;
import vn.doan.nhacviec.bot.reply.StatusTextParser;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * Marks an item done: {@code /xong} (the only open item, or asks which), {@code /xong 2} (item 2 of
 * the last list) or {@code /xong CODE} (an obligation code), each optionally followed by a note such
 * as "đã họp 20/11, 18/25 đoàn viên".
 */
@Component
class DoneCommand implements BotCommand {

    private final AnswerService answers;
    private final AccessPolicy access;
    private final ObligationRepository obligations;
    private final StatusTextParser parser;
    private final Clock clock;

    DoneCommand(AnswerService answers, AccessPolicy access, ObligationRepository obligations, StatusTextParser parser, Clock clock) {
        this.answers = answers;
        this.access = access;
        this.obligations = obligations;
        this.parser = parser;
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
        List<Occurrence> candidates = answers.candidates(context.caller(), null);
        List<Occurrence> targets;
        if (first.isEmpty()) {
            targets = candidates;
        } else if (first.matches("\\d{1,3}")) {
            int n = Integer.parseInt(first);
            if (n < 1 || n > candidates.size()) {
                context.replyKey("error.noSuchItem", n);
                return;
            }
            targets = List.of(candidates.get(n - 1));
        } else {
            Optional<Obligation> obligation = obligations.findByCode(first.toUpperCase(java.util.Locale.ROOT));
            if (obligation.isEmpty()) {
                context.replyKey("error.unknownObligation", first.length() > 64 ? first.substring(0, 64) : first);
                return;
            }
            targets = openOf(context, obligation.get());
            if (targets.isEmpty()) {
                context.replyKey("done.noneOpen", obligation.get().title());
                return;
            }
        }
        answers.answer(context.caller(), targets, entry(note), "/" + context.commandName() + " " + context.args());
    }

    private List<Occurrence> openOf(CommandContext context, Obligation obligation) {
        return access.ownUnits(context.caller()).stream()
                .flatMap((Unit unit) -> answers.openItems(unit).stream())
                .filter(o -> o.obligationId() == obligation.id())
                .limit(1)
                .toList();
    }

    private StatusEntry entry(String note) {
        if (note.isEmpty()) {
            return StatusEntry.of(StatusMeaning.DONE);
        }
        Optional<ParsedStatus> parsed = parser.parse(note, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        return new StatusEntry(StatusMeaning.DONE, parsed.map(ParsedStatus::quantity).orElse(null),
                parsed.map(ParsedStatus::total).orElse(null), parsed.map(ParsedStatus::doneOn).orElse(null), null, note);
    }
}
