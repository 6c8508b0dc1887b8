package vn.doan.nhacviec.bot.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitResolver;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The coming 30 days of a unit ({@code /sap}): everything whose last day on time falls in them,
 * by date, open or already done.
 */
@Component
class UpcomingCommand implements BotCommand {

    static final int DAYS = 30;
    static final int MAX_ITEMS = 20;

    private final UnitResolver resolver;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final ItemFormatter formatter;
    private final vn.doan.nhacviec.data.outbox.MessageItemRepository messageItems;
    private final Clock clock;

    UpcomingCommand(UnitResolver resolver, OccurrenceRepository occurrences, ObligationRepository obligations,
                    ItemFormatter formatter, vn.doan.nhacviec.data.outbox.MessageItemRepository messageItems, Clock clock) {
        this.messageItems = messageItems;
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
        Unit unit = resolver.resolve(context.caller(), context.args(), Role.MEMBER);
        LocalDate today = LocalDate.now(clock.withZone(unit.zone()));
        // last day on time in [today, today + 30] means the deadline D in [today + 1, today + 31]
        Instant from = today.plusDays(1).atStartOfDay(unit.zone()).toInstant();
        Instant to = today.plusDays(DAYS + 2L).atStartOfDay(unit.zone()).toInstant();
        List<Occurrence> coming = occurrences.dueBetween(unit.id(), from, to);
        if (coming.isEmpty()) {
            context.replyKey("upcoming.none", unit.name(), DAYS);
            return;
        }
        StringBuilder text = new StringBuilder(context.text("upcoming.header", unit.name(), DAYS));
        int n = 1;
        for (Occurrence occurrence : coming.subList(0, Math.min(coming.size(), MAX_ITEMS))) {
            String title = obligations.findById(occurrence.obligationId()).orElseThrow().title();
            text.append('\n').append(context.text("upcoming.line", n++, occurrence.lastDay().format(ItemFormatter.DATE), title,
                    formatter.periodLabel(context.locale(), occurrence.periodKey()),
                    context.text("state." + occurrence.state().name())));
        }
        if (coming.size() > MAX_ITEMS) {
            text.append('\n').append(context.text("items.more", coming.size() - MAX_ITEMS));
        }
        // its numbers are items, as on /viec: «2 xong» answers the second line
        long outboxId = context.reply(text.toString());
        messageItems.record(outboxId, coming.subList(0, Math.min(coming.size(), MAX_ITEMS)).stream().map(Occurrence::id).toList());
    }
}
