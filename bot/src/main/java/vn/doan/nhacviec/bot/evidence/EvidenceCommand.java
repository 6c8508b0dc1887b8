package vn.doan.nhacviec.bot.evidence;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.evidence.EvidenceFile;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.evidence.EvidenceRepository.Proven;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * {@code /minhchung <n>}: sends back photo n (as {@code /lichsu} numbers it) with what it proves.
 * Whoever may read the unit's history may open it (its sender too, before it proves anything);
 * anyone else is refused, audited, and gets nothing.
 */
@Component
class EvidenceCommand implements BotCommand {

    private static final Pattern NUMBER = Pattern.compile("^#?(\\d{1,12})$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EvidenceRepository evidence;
    private final EvidenceStore store;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final PersonRepository people;
    private final UnitScope scope;

    EvidenceCommand(EvidenceRepository evidence, EvidenceStore store, OccurrenceRepository occurrences, ObligationRepository obligations,
                    UnitRepository units, PersonRepository people, UnitScope scope) {
        this.evidence = evidence;
        this.store = store;
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.units = units;
        this.people = people;
        this.scope = scope;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("minhchung", "evidence", Access.BOUND);
    }

    @Override
    public void handle(CommandContext context) {
        Matcher number = NUMBER.matcher(context.args().strip());
        if (!number.matches()) {
            context.replyKey("evidence.usage");
            return;
        }
        long id = Long.parseLong(number.group(1));
        Optional<EvidenceFile> found = evidence.find(id);
        if (found.isEmpty()) {
            context.replyKey("evidence.notFound", String.valueOf(id));
            return;
        }
        EvidenceFile file = found.get();
        List<Proven> proves = evidence.proves(id);
        boolean sender = file.personId() == context.caller().person().id();
        Optional<Unit> unit = proves.isEmpty() ? Optional.empty() : units.findById(proves.get(0).unitId());
        boolean mayRead = sender || unit.map(u -> scope.covers(context.caller(), u, Role.MEMBER)).orElse(false);
        if (!mayRead) {
            scope.auditRefusal(context.caller(), unit.map(Unit::id).orElse(null), "evidence.open", "#" + id);
            context.replyKey("evidence.forbidden", String.valueOf(id));
            return;
        }
        Optional<Path> path = store.fileOf(file);
        if (path.isEmpty()) {
            context.replyKey("evidence.missing", String.valueOf(id));
            return;
        }
        String caption = proves.isEmpty() ? context.text("evidence.captionPending", String.valueOf(id))
                : caption(context, id, proves.get(0), unit.get(), file);
        String name = "minhchung-" + id + path.get().getFileName().toString().replaceAll("^[^.]*", "");
        context.reply(new OutgoingMessage(caption, List.of(), new Attachment(Attachment.Kind.PHOTO, path.get().toString(), name,
                file.mediaType()), null));
    }

    private String caption(CommandContext context, long id, Proven proven, Unit unit, EvidenceFile file) {
        Occurrence occurrence = occurrences.findById(proven.occurrenceId()).orElseThrow();
        String title = obligations.findById(occurrence.obligationId()).map(o -> o.title()).orElse("?");
        String who = people.findById(file.personId()).map(Person::displayName).orElse(context.text("history.someone"));
        return context.text("evidence.caption", String.valueOf(id), title, occurrence.lastDay().format(DATE), unit.name(),
                context.text("meaning." + proven.meaning().name()), who, proven.recordedAt().atZone(unit.zone()).format(WHEN));
    }
}
