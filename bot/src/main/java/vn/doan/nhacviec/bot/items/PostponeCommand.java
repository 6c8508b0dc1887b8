package vn.doan.nhacviec.bot.items;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.AnswerReader;
import vn.doan.nhacviec.bot.answer.FreeTextAnswers;
import vn.doan.nhacviec.bot.answer.NumberedItems;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * Asks to postpone an item, as typing «2 hoãn đến 5/12» does: {@code /hoan 2 5/12} (item 2 of the
 * latest list shown in the chat), or {@code /hoan 5/12} (the bot asks which item when several could
 * be meant). The day must come after the item's deadline. It is a request the unit above decides.
 */
@Component
class PostponeCommand implements BotCommand {

    private static final Pattern ITEM_AND_DATE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");

    private final FreeTextAnswers freeText;
    private final NumberedItems numberedItems;
    private final NumberedMessages numbered;
    private final AnswerReader reader;
    private final Clock clock;

    PostponeCommand(FreeTextAnswers freeText, NumberedItems numberedItems, NumberedMessages numbered, AnswerReader reader, Clock clock) {
        this.freeText = freeText;
        this.numberedItems = numberedItems;
        this.numbered = numbered;
        this.reader = reader;
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
        Optional<LocalDate> day = reader.postponementDay(dateText);
        if (day.isEmpty()) {
            context.replyKey("postpone.badDate", dateText.length() > 30 ? dateText.substring(0, 30) + "…" : dateText);
            return;
        }
        StatusEntry entry = new StatusEntry(StatusMeaning.POSTPONE, null, null, null, day.get(), null);
        String raw = "/" + context.commandName() + " " + context.args();
        if (!itemAndDate.matches()) {
            freeText.answer(context.caller(), entry, raw, null);
            return;
        }
        int number = Integer.parseInt(itemAndDate.group(1));
        var shown = numbered.latestItems(context.caller().chat().id(), clock.millis() - NumberedMessages.REMEMBERED_FOR.toMillis());
        if (shown.isEmpty()) {
            context.replyKey("error.noNumbersShown", number);
            return;
        }
        numberedItems.answer(context.caller(), shown.get(), number, entry, raw);
    }
}
