package vn.doan.nhacviec.bot.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.answer.ItemLines;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitAndPage;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The coming 30 days of a unit ({@code /sap [đơn vị] [trang]}): everything whose last day on time
 * falls in them, by date, open or already done; a daily or weekly duty is one line; ten lines a page.
 */
@Component
class UpcomingCommand implements BotCommand {

    static final int DAYS = 30;
    static final int PAGE = 10;

    private final UnitScope resolver;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final ItemFormatter formatter;
    private final vn.doan.nhacviec.data.outbox.MessageItemRepository messageItems;
    private final UnitRepository units;
    private final Clock clock;

    UpcomingCommand(UnitScope resolver, OccurrenceRepository occurrences, ObligationRepository obligations,
                    ItemFormatter formatter, vn.doan.nhacviec.data.outbox.MessageItemRepository messageItems, UnitRepository units,
                    Clock clock) {
        this.messageItems = messageItems;
        this.units = units;
        this.resolver = resolver;
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.formatter = formatter;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("sap", "upcoming", Access.BOUND);
    }

    @Override
    public void handle(CommandContext context) {
        UnitAndPage args = UnitAndPage.of(context.args());
        Unit unit = resolver.resolve(context.caller(), args.unitCode(), Role.MEMBER, "agenda.upcoming");
        LocalDate today = LocalDate.now(clock.withZone(unit.zone()));
        // last day on time in [today, today + 30] means the deadline D in [today + 1, today + 31]
        Instant from = today.plusDays(1).atStartOfDay(unit.zone()).toInstant();
        Instant to = today.plusDays(DAYS + 2L).atStartOfDay(unit.zone()).toInstant();
        List<ItemLines.Line> lines = ItemLines.soonestOf(occurrences.dueBetween(unit.id(), from, to), clock.instant());
        String name = units.displayName(unit);
        if (lines.isEmpty()) {
            context.replyKey("upcoming.none", name, DAYS);
            return;
        }
        int pages = (lines.size() + PAGE - 1) / PAGE;
        if (args.page() > pages) {
            context.replyKey("items.noSuchPage", args.page(), pages);
            return;
        }
        List<ItemLines.Line> shown = lines.subList((args.page() - 1) * PAGE, Math.min(lines.size(), args.page() * PAGE));
        StringBuilder text = new StringBuilder(context.text("upcoming.header", name, DAYS));
        if (pages > 1) {
            text.append(' ').append(context.text("items.pageOf", args.page(), pages));
        }
        int n = 1;
        for (ItemLines.Line line : shown) {
            Occurrence occurrence = line.item();
            String title = obligations.findById(occurrence.obligationId()).orElseThrow().title();
            String period = formatter.periodLabel(context.locale(), occurrence.periodKey())
                    + (line.grouped() ? context.text("upcoming.morePeriods", line.open() - 1) : "");
            text.append('\n').append(context.text("upcoming.line", n++, occurrence.lastDay().format(ItemFormatter.DATE), title, period,
                    context.text("state." + occurrence.state().name())));
        }
        if (args.page() < pages) {
            text.append('\n').append(context.text("upcoming.nextPage", unit.code(), args.page() + 1));
        }
        // its numbers are items, as on /viec: «2 xong» answers the second line
        long outboxId = context.reply(text.toString());
        messageItems.record(outboxId, shown.stream().map(line -> line.item().id()).toList());
    }
}
