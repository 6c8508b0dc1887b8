package vn.doan.nhacviec.bot.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitCsvImporter;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The terminal demo: on an empty database, loads the demo tree (Kiên Giang and Tây Ninh; with
 * {@code nhacviec.demo.reform-dir}, also An Giang and Long An, then the 2025 reform, see
 * {@link DemoReform}), makes
 * the terminal user admin of the whole tree and secretary of one Tây Ninh border branch, gives the
 * branch's commune a group chat (shown in the terminal, so what its parent hears is seen), and keeps
 * the seed plans in force for a year from today (their real terms have ended; the demo says so).
 */
@Component
public class DemoSetup {

    public static final String CHANNEL = "console";
    public static final String TERMINAL = "terminal";
    public static final String DEMO_BRANCH = "tn-tb-hh-hb";
    /** The demo branch's commune: its group chat is shown in the terminal too, so escalations and requests are seen arriving. */
    public static final String DEMO_COMMUNE = "tn-tb-hh";
    private static final Logger log = LoggerFactory.getLogger(DemoSetup.class);

    private final UnitRepository units;
    private final UnitCsvImporter importer;
    private final PersonRepository people;
    private final ChatRepository chats;
    private final PlanRepository plans;
    private final Clock clock;
    private final Path unitsCsv;
    private final DemoReform reform;

    public DemoSetup(UnitRepository units, UnitCsvImporter importer, PersonRepository people, ChatRepository chats,
                     PlanRepository plans, Clock clock, DemoProperties demo, DemoReform reform) {
        this.units = units;
        this.importer = importer;
        this.people = people;
        this.chats = chats;
        this.plans = plans;
        this.clock = clock;
        this.unitsCsv = demo.unitsCsv();
        this.reform = reform;
    }

    /** What the demo did, for the greeting in the terminal. */
    public record Prepared(boolean loadedTree, LocalDate plansKeptUntil) {
    }

    public Prepared prepare() {
        boolean loaded = false;
        if (units.count() == 0) {
            try (Reader reader = Files.newBufferedReader(unitsCsv)) {
                UnitCsvImporter.Result result = importer.importCsv(reader, null);
                if (!result.ok()) {
                    throw new IllegalStateException("The demo tree " + unitsCsv + " is invalid: " + result.problems());
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the demo tree " + unitsCsv, e);
            }
            reform.apply();
            Person terminal = people.findOrCreate(CHANNEL, TERMINAL, System.getProperty("user.name", "terminal"), "vi");
            Chat chat = chats.findOrCreate(CHANNEL, TERMINAL, Chat.ChatKind.PRIVATE, "terminal", "vi");
            long root = units.findByCode("tw").orElseThrow().id();
            long branch = units.findByCode(DEMO_BRANCH).orElseThrow().id();
            people.grant(terminal.id(), root, Role.ADMIN, null);
            people.grant(terminal.id(), branch, Role.SECRETARY, null);
            chats.bind(chat.id(), branch);
            Unit commune = units.findByCode(DEMO_COMMUNE).orElseThrow();
            Chat communeGroup = chats.findOrCreate(CHANNEL, "group-" + DEMO_COMMUNE, Chat.ChatKind.GROUP, commune.name(), "vi");
            chats.bind(communeGroup.id(), commune.id());
            loaded = true;
        }
        LocalDate until = LocalDate.now(clock).plusYears(1);
        for (Plan plan : plans.findAll()) {
            if (plan.lastDay() != null && plan.lastDay().isBefore(until)) {
                plans.extendUntil(plan.id(), until);
                log.info("Demo: plan {} kept in force until {} (its own term ends {})", plan.code(), until, plan.lastDay());
            }
        }
        return new Prepared(loaded, until);
    }
}
