package vn.doan.nhacviec.bot.agenda;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusUpdate;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The latest status updates of a unit ({@code /lichsu}), newest first: when, what it meant, about
 * which item, who, in their words, and 📎 with the number {@code /minhchung} opens when a photo proves it.
 */
@Component
class HistoryCommand implements BotCommand {

    static final int MAX_ENTRIES = 15;
    static final int MAX_QUOTE = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final UnitScope resolver;
    private final StatusLogRepository log;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final PersonRepository people;
    private final ItemFormatter formatter;
    private final EvidenceRepository evidence;

    HistoryCommand(UnitScope resolver, StatusLogRepository log, OccurrenceRepository occurrences,
                   ObligationRepository obligations, PersonRepository people, ItemFormatter formatter, EvidenceRepository evidence) {
        this.resolver = resolver;
        this.log = log;
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.people = people;
        this.formatter = formatter;
        this.evidence = evidence;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("lichsu", "history", Access.BOUND);
    }

    @Override
    public void handle(CommandContext context) {
        Unit unit = resolver.resolve(context.caller(), context.args(), Role.MEMBER, "agenda.history");
        List<StatusUpdate> updates = log.recentForUnit(unit.id(), MAX_ENTRIES);
        if (updates.isEmpty()) {
            context.replyKey("history.none", unit.name());
            return;
        }
        Map<Long, List<Long>> photos = evidence.evidenceOf(updates.stream().map(StatusUpdate::id).toList());
        Map<Long, String> names = new HashMap<>();
        StringBuilder text = new StringBuilder(context.text("history.header", unit.name()));
        for (StatusUpdate update : updates) {
            Occurrence occurrence = occurrences.findById(update.occurrenceId()).orElseThrow();
            Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
            String item = obligation.title() + " (" + formatter.periodLabel(context.locale(), occurrence.periodKey()) + ")";
            String who = update.personId() == null ? context.text("history.someone")
                    : names.computeIfAbsent(update.personId(),
                            id -> people.findById(id).map(Person::displayName).orElse(context.text("history.someone")));
            String date = update.postponeTo() != null ? " → " + update.postponeTo().format(ItemFormatter.DATE) : "";
            text.append('\n').append(context.text("history.line", update.recordedAt().atZone(unit.zone()).format(WHEN),
                    context.text("meaning." + update.meaning().name()) + date, item, who, quote(update.rawText())));
            for (Long photo : photos.getOrDefault(update.id(), List.of())) {
                text.append(context.text("history.evidence", String.valueOf(photo)));
            }
        }
        context.reply(text.toString());
    }

    private static String quote(String raw) {
        if (raw == null || raw.isBlank() || raw.startsWith("[")) {
            return "";
        }
        String text = raw.strip().replace('\n', ' ');
        return " «" + (text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…") + "»";
    }
}
