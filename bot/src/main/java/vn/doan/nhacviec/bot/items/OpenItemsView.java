package vn.doan.nhacviec.bot.items;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.answer.ItemButtons;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.answer.ItemLines;
import vn.doan.nhacviec.bot.answer.OpenItems;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * One page of a unit's open items: soonest first, overdue marked, daily and weekly duties one line
 * each; the numbers are the lines' items. More pages: «xem tiếp» on Telegram, {@code /viec <mã> 2}
 * typed anywhere.
 */
@Component
class OpenItemsView {

    static final int PAGE = 10;
    static final String NEXT_PAGE_PREFIX = "pg";

    private final OpenItems openItems;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final ItemFormatter formatter;
    private final ItemButtons buttons;
    private final MessageItemRepository messageItems;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Clock clock;

    OpenItemsView(OpenItems openItems, ObligationRepository obligations, UnitRepository units, ItemFormatter formatter,
                  ItemButtons buttons, MessageItemRepository messageItems, Messages messages, Outgoing outgoing, Clock clock) {
        this.openItems = openItems;
        this.obligations = obligations;
        this.units = units;
        this.formatter = formatter;
        this.buttons = buttons;
        this.messageItems = messageItems;
        this.messages = messages;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    void show(Caller caller, Unit unit, int page) {
        List<Occurrence> open = openItems.of(unit);
        String name = units.displayName(unit);
        if (open.isEmpty()) {
            reply(caller, text(caller, "items.none", name));
            return;
        }
        List<ItemLines.Line> lines = ItemLines.of(open, clock.instant());
        int pages = (lines.size() + PAGE - 1) / PAGE;
        if (page < 1 || page > pages) {
            reply(caller, text(caller, "items.noSuchPage", page, pages));
            return;
        }
        List<ItemLines.Line> shown = lines.subList((page - 1) * PAGE, Math.min(lines.size(), page * PAGE));
        StringBuilder body = new StringBuilder(text(caller, "items.header", name, open.size()));
        if (pages > 1) {
            body.append(' ').append(text(caller, "items.pageOf", page, pages));
        }
        int n = 1;
        for (ItemLines.Line line : shown) {
            var obligation = obligations.findById(line.item().obligationId()).orElseThrow();
            String item = formatter.line(caller.locale(), obligation, line.item(), unit.zone());
            body.append('\n').append(n++).append(". ").append(line.grouped()
                    ? text(caller, "items.grouped", item, line.open(), line.overdue()) : item);
        }
        List<Choice> choices = new ArrayList<>(buttons.forItems(caller.locale(), shown.size()));
        if (page < pages) {
            body.append('\n').append(text(caller, "items.nextPage", unit.code(), page + 1));
            choices.add(Choice.button(text(caller, "items.nextPageButton"), NEXT_PAGE_PREFIX + ":" + unit.id() + ":" + (page + 1)));
        }
        body.append("\n\n").append(text(caller, "items.howToAnswer"));
        long outboxId = outgoing.send(caller.chat(), new OutgoingMessage(body.toString(), choices, null, null));
        messageItems.record(outboxId, shown.stream().map(line -> line.item().id()).toList());
    }

    private String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }

    private void reply(Caller caller, String text) {
        outgoing.send(caller.chat(), OutgoingMessage.text(text));
    }
}
