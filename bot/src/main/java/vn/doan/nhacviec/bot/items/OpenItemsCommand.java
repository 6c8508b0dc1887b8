package vn.doan.nhacviec.bot.items;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.ItemButtons;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitResolver;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * What is open for my unit: soonest first, overdue marked, each with its deadline. The numbers are
 * the items: «2 xong» answers the second, «2» shows its answers; on Telegram each item has its
 * buttons.
 */
@Component
class OpenItemsCommand implements BotCommand {

    static final int MAX_ITEMS = 15;

    private final UnitResolver resolver;
    private final OpenItems openItems;
    private final ObligationRepository obligations;
    private final ItemFormatter formatter;
    private final ItemButtons buttons;
    private final MessageItemRepository messageItems;

    OpenItemsCommand(UnitResolver resolver, OpenItems openItems, ObligationRepository obligations, ItemFormatter formatter,
                     ItemButtons buttons, MessageItemRepository messageItems) {
        this.resolver = resolver;
        this.openItems = openItems;
        this.obligations = obligations;
        this.formatter = formatter;
        this.buttons = buttons;
        this.messageItems = messageItems;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("viec", "open", Access.BOUND);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit unit = resolver.resolve(context.caller(), context.args(), Role.MEMBER);
        List<Occurrence> open = openItems.of(unit);
        if (open.isEmpty()) {
            context.replyKey("items.none", unit.name());
            return;
        }
        List<Occurrence> shown = open.subList(0, Math.min(open.size(), MAX_ITEMS));
        StringBuilder text = new StringBuilder(context.text("items.header", unit.name(), open.size()));
        int n = 1;
        for (Occurrence occurrence : shown) {
            var obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
            text.append('\n').append(n++).append(". ").append(formatter.line(context.locale(), obligation, occurrence, unit.zone()));
        }
        if (open.size() > shown.size()) {
            text.append('\n').append(context.text("items.more", open.size() - shown.size()));
        }
        text.append("\n\n").append(context.text("items.howToAnswer"));
        long outboxId = context.reply(new OutgoingMessage(text.toString(), buttons.forItems(context.locale(), shown.size()), null, null));
        messageItems.record(outboxId, shown.stream().map(Occurrence::id).toList());
    }
}
