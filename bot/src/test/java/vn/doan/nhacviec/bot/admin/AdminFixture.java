package vn.doan.nhacviec.bot.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanDefinition;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Source;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Fresh corners of the demo tree for tests that need their own: two small subtrees (one under Tây
 * Ninh's Tân Biên, one under Kiên Giang's Châu Thành), each with a plan and an obligation, a member,
 * and files to import; and people holding a role in the first. Each call makes new ones, so test
 * cases never see each other's changes.
 */
public final class AdminFixture {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ZoneId VN = VietnamTime.ZONE;
    /** The tables a refused command must not write to (the outbox holds the reply and may grow). */
    public static final List<String> DOMAIN_TABLES = List.of("unit", "unit_tag", "unit_history", "unit_former_path", "role_assignment", "obligation",
            "obligation_version", "occurrence", "status_update", "invite", "plan", "chat_binding");

    /** Who holds which role, for the permission matrix. */
    public enum Holder { NONE, MEMBER, SECRETARY, STAFF, ADMIN, TOP_ADMIN }

    /** One side of a case: a district-level unit with two branches, its plan and obligation, a member and files. */
    public record Side(Unit top, Unit unit, Unit place, String obligationCode, Person member, Path unitsCsv, Path catalogYaml) {

        /** The names a refusal about this side may give. */
        public List<String> names() {
            return List.of(top.name(), unit.name(), place.name());
        }
    }

    /** A person with a private chat, holding {@code holder}'s role over {@code inside}. */
    public record Case(String userRef, Person person, Holder holder, Side inside, Side outside, String newCode) {

        /** The command arguments with the placeholders filled in for one side. */
        public String fill(String arguments, boolean insideScope) {
            Side side = insideScope ? inside : outside;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("{unit}", side.unit().code());
            values.put("{place}", side.place().code());
            values.put("{member}", "#" + side.member().id());
            values.put("{obligation}", side.obligationCode());
            values.put("{unitsCsv}", side.unitsCsv().toString());
            values.put("{catalogYaml}", side.catalogYaml().toString());
            values.put("{new}", newCode);
            String filled = arguments;
            for (var entry : values.entrySet()) {
                filled = filled.replace(entry.getKey(), entry.getValue());
            }
            return filled;
        }

        /** Whether the arguments name a part of the tree, so that outside it the command must refuse. */
        public static boolean scoped(String arguments) {
            return List.of("{unit}", "{place}", "{member}", "{obligation}", "{unitsCsv}", "{catalogYaml}").stream()
                    .anyMatch(arguments::contains);
        }
    }

    private final UnitRepository units;
    private final PersonRepository people;
    private final ChatRepository chats;
    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final JdbcClient jdbc;
    private final Path files;

    public AdminFixture(UnitRepository units, PersonRepository people, ChatRepository chats, PlanRepository plans,
                        ObligationRepository obligations, JdbcClient jdbc, Path files) {
        this.units = units;
        this.people = people;
        this.chats = chats;
        this.plans = plans;
        this.obligations = obligations;
        this.jdbc = jdbc;
        this.files = files;
    }

    public Case newCase(Holder holder) {
        int n = NEXT.incrementAndGet();
        Side inside = side("x" + n, "tn-tb");
        Side outside = side("y" + n, "kg-ct");
        String ref = "matrix-" + holder.name().toLowerCase() + "-" + n;
        Person person = person(ref);
        switch (holder) {
            case NONE -> { }
            case MEMBER, SECRETARY -> {
                people.grant(person.id(), inside.unit().id(), holder == Holder.MEMBER ? Role.MEMBER : Role.SECRETARY, null);
                chats.bind(chat(ref).id(), inside.unit().id());
            }
            case STAFF -> people.grant(person.id(), inside.top().id(), Role.STAFF, null);
            case ADMIN -> people.grant(person.id(), inside.top().id(), Role.ADMIN, null);
            case TOP_ADMIN -> people.grant(person.id(), units.findByCode("tw").orElseThrow().id(), Role.ADMIN, null);
        }
        return new Case(ref, person, holder, inside, outside, "z" + n);
    }

    /** A person (and their private chat, whose reference is their own, as on Telegram) holding {@code role} at {@code unitCode}. */
    public Person holding(String userRef, Role role, String unitCode) {
        Person person = person(userRef);
        people.grant(person.id(), units.findByCode(unitCode).orElseThrow().id(), role, null);
        return person;
    }

    public Person person(String userRef) {
        Person person = people.findOrCreate("console", userRef, userRef, "vi");
        chat(userRef);
        return person;
    }

    public Chat chat(String ref) {
        return chats.findOrCreate("console", ref, Chat.ChatKind.PRIVATE, null, "vi");
    }

    /** Row counts of the domain tables. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DOMAIN_TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private Side side(String code, String parentCode) {
        Unit parent = units.findByCode(parentCode).orElseThrow();
        Unit top = units.create(code, "Đoàn xã " + code.toUpperCase(), Level.CO_SO, parent.id(), Set.of("dia_ban_dan_cu"), VN, null);
        Unit unit = units.create(code + "-a", "Chi đoàn " + code + "-a", Level.CHI_DOAN, top.id(), Set.of(), VN, null);
        Unit place = units.create(code + "-b", "Chi đoàn " + code + "-b", Level.CHI_DOAN, top.id(), Set.of(), VN, null);
        String planCode = "T-" + code.toUpperCase();
        Plan plan = plans.save(new PlanDefinition(planCode, null, "Kế hoạch thử " + code, LocalDate.of(2026, 1, 1), code, "test",
                null, null, null, null));
        String obligationCode = planCode + "-HOP";
        obligations.create(plan.id(), new ObligationDefinition(obligationCode, "Họp chi đoàn " + code, new Source("test", "1", "Họp"),
                new Assignee(List.of(Level.CHI_DOAN), List.of(), List.of()), new Recurrence(Recurrence.Frequency.MONTH, null, null, null, null, null),
                Completion.YES_NO, "Đoàn xã", null, null), null);
        Person member = person("member-of-" + code);
        people.grant(member.id(), unit.id(), Role.MEMBER, null);
        Path csv = write(code + ".csv", "code,name,level,parent,tags,time_zone\n" + code + "-new,Chi đoàn mới " + code + ",chi_doan," + unit.code() + ",,\n");
        Path yaml = write(code + ".yml", """
                plan:
                  code: %s
                  title: Kế hoạch thử %s
                  issuer: %s
                  source_file: test
                  in_force_from: 2026-01-01
                obligations:
                  - code: %s
                    title: Họp chi đoàn %s (sửa)
                    source: {file: test, section: "1", quote: Họp}
                    assignee: {levels: [chi_doan]}
                    recurrence: {every: quarter}
                    completion: {kind: yes_no}
                    recipient: Đoàn xã
                """.formatted(planCode, code, code, obligationCode, code));
        return new Side(top, unit, place, obligationCode, member, csv, yaml);
    }

    private Path write(String name, String content) {
        try {
            Files.createDirectories(files);
            return Files.writeString(files.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
