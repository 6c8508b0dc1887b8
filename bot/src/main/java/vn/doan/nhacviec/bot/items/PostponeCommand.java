package vn.doan.nhacviec.bot.items;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.AnswerService;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.reply.ParsedStatus;
import vn.doan.nhacviec.bot.reply.StatusTextParser;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * Asks to postpone an item: {@code /hoan 2 5/12} (item 2 of the last list or reminder, to 5/12), or
 * {@code /hoan 5/12} when one item is open (else the bot asks which). The date is read as in free
 * replies. It is a request the parent unit is shown; the deadline does not move.
 */
@Component
class PostponeCommand implements BotCommand {

    private static final Pattern ITEM_AND_DATE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AnswerService answers;
    private final StatusTextParser parser;
    private final Clock clock;

    PostponeCommand(AnswerService answers, StatusTextParser parser, Clock clock) {
        this.answers = answers;
        this.parser = parser;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("hoan", "postpone", Access.SECRETARY);
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            context.replyKey("postpone.usage");
            return;
        }
        Matcher itemAndDate = ITEM_AND_DATE.matcher(context.args());
        String dateText = itemAndDate.matches() ? itemAndDate.group(2) : context.args();
        Optional<LocalDate> day = parser.parse("hoãn đến " + dateText, LocalDate.now(clock.withZone(VIETNAM)))
                .map(ParsedStatus::postponeTo);
        if (day.isEmpty()) {
            context.replyKey("postpone.badDate", dateText.length() > 30 ? dateText.substring(0, 30) + "…" : dateText);
            return;
        }
        List<Occurrence> candidates = answers.candidates(context.caller(), null);
        List<Occurrence> targets = candidates;
        if (itemAndDate.matches()) {
            int n = Integer.parseInt(itemAndDate.group(1));
            if (n < 1 || n > candidates.size()) {
                context.replyKey("error.noSuchItem", n);
                return;
            }
            targets = List.of(candidates.get(n - 1));
        }
        StatusEntry entry = new StatusEntry(StatusMeaning.POSTPONE, null, null, null, day.get(), null);
        answers.answer(context.caller(), targets, entry, "/" + context.commandName() + " " + context.args());
    }
}
