package vn.doan.nhacviec.bot.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanDefinition;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Source;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorder;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * A generated province beside the demo tree, with a known history written through the
 * repositories while the test clock is moved: root {@code gen}, districts {@code gen-d1..3}, two
 * communes each ({@code gen-dX-cY}), three branches per commune ({@code gen-dX-cY-bZ}), the first
 * branch of every commune in d1 and d2 and the commune {@code gen-d1-c1} tagged {@code bien_gioi};
 * a retired border branch {@code gen-d3-c2-b4}. Every active unit has a console group chat
 * {@code g-<code>}; the border branch {@code gen-d1-c1-b1} has a second one, and {@code gen-d2-c1-b1}'s
 * chat is inactive.
 *
 * <p>History (October 2026 unless said): {@code GEN-SH} monthly for the 18 branches, by branch
 * index i%6: on time, on time, late, missed, excused, open (the first open one done late on 20/11);
 * {@code GEN-BC} monthly before the 26th for the 6 communes, by index i%3: on time, late, open;
 * {@code GEN-CAY} yearly quantity target 300,000 trees over the province, districts report 1,200 /
 * 500 + 300 / 0; {@code GEN-NOP} once before 20/11/2026 for the districts, d1 on time, d2 and d3 open.
 */
public final class GeneratedTree {

    public static final ZoneId VN = VietnamTime.ZONE;
    public static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    public final Unit root;
    public final List<Unit> districts = new ArrayList<>();
    public final List<Unit> communes = new ArrayList<>();
    public final List<Unit> branches = new ArrayList<>();
    public final Unit retiredBranch;
    public final Map<String, Chat> chats = new LinkedHashMap<>();
    public final Chat secondBorderChat;
    public final Map<String, Obligation> obligations = new LinkedHashMap<>();

    private final UnitRepository units;
    private final ChatRepository chatRepository;
    private final PersonRepository people;

    public GeneratedTree(ApplicationContext context) {
        units = context.getBean(UnitRepository.class);
        chatRepository = context.getBean(ChatRepository.class);
        people = context.getBean(PersonRepository.class);
        MutableClock clock = context.getBean(MutableClock.class);
        OccurrenceRepository occurrences = context.getBean(OccurrenceRepository.class);
        StatusRecorder recorder = context.getBean(StatusRecorder.class);

        clock.set(Instant.parse("2026-09-20T03:00:00Z"));
        root = unit("gen", "Tỉnh đoàn Thử Nghiệm", Level.TINH, null, Set.of());
        for (int d = 1; d <= 3; d++) {
            Unit district = unit("gen-d" + d, "Huyện đoàn Số " + d, Level.HUYEN, root, Set.of());
            districts.add(district);
            for (int c = 1; c <= 2; c++) {
                Set<String> border = d == 1 && c == 1 ? Set.of("bien_gioi") : Set.of();
                Unit commune = unit(district.code() + "-c" + c, "Đoàn xã Số " + d + "." + c, Level.CO_SO, district, border);
                communes.add(commune);
                for (int b = 1; b <= 3; b++) {
                    Set<String> tags = b == 1 && d <= 2 ? Set.of("bien_gioi") : Set.of();
                    branches.add(unit(commune.code() + "-b" + b, "Chi đoàn ấp Số " + d + "." + c + "." + b, Level.CHI_DOAN, commune, tags));
                }
            }
        }
        Unit retired = unit("gen-d3-c2-b4", "Chi đoàn ấp Đã Giải Thể", Level.CHI_DOAN, communes.get(5), Set.of("bien_gioi"));
        units.retire(retired.id(), null, null);
        retiredBranch = units.findById(retired.id()).orElseThrow();
        secondBorderChat = chatRepository.findOrCreate("console", "g2-gen-d1-c1-b1", Chat.ChatKind.GROUP, "Nhóm 2 ấp Số 1.1.1", "vi");
        chatRepository.bind(secondBorderChat.id(), branches.get(0).id());
        chatRepository.markInactive(chats.get("gen-d2-c1-b1").id(), "removed from the group");

        PlanRepository plans = context.getBean(PlanRepository.class);
        Plan plan = plans.save(new PlanDefinition("GEN-2026", "1-KH/GEN", "Kế hoạch thử nghiệm 2026", LocalDate.of(2026, 1, 1), "gen",
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null));
        ObligationRepository catalogue = context.getBean(ObligationRepository.class);
        obligation(catalogue, plan, "GEN-SH", "Sinh hoạt chi đoàn (thử nghiệm)", Level.CHI_DOAN, Recurrence.Frequency.MONTH, Completion.YES_NO);
        obligation(catalogue, plan, "GEN-BC", "Báo cáo tháng của Đoàn xã (thử nghiệm)", Level.CO_SO, Recurrence.Frequency.MONTH, Completion.YES_NO);
        obligation(catalogue, plan, "GEN-CAY", "Trồng 300.000 cây xanh (thử nghiệm)", Level.HUYEN, Recurrence.Frequency.YEAR,
                new Completion(Completion.CompletionKind.QUANTITY, "cây", 300_000.0, Completion.TargetScope.SUBTREE));
        obligation(catalogue, plan, "GEN-NOP", "Nộp báo cáo chuyên đề (thử nghiệm)", Level.HUYEN, Recurrence.Frequency.ONCE, Completion.YES_NO);

        List<NewOccurrence> planned = new ArrayList<>();
        for (Unit branch : branches) {
            planned.add(occurrence("GEN-SH", branch, "2026-10", "2026-10-01", "2026-11-01", "2026-11-01"));
        }
        for (Unit commune : communes) {
            planned.add(occurrence("GEN-BC", commune, "2026-10", "2026-10-01", "2026-11-01", "2026-10-26"));
        }
        for (Unit district : districts) {
            planned.add(occurrence("GEN-CAY", district, "2026", "2026-01-01", "2027-01-01", "2027-01-01"));
            planned.add(occurrence("GEN-NOP", district, "2026-11-20", "2026-11-01", "2026-11-20", "2026-11-20"));
        }
        occurrences.createMissing(planned);

        for (int i = 0; i < branches.size(); i++) {
            Occurrence o = find(occurrences, "GEN-SH", branches.get(i), "2026-10");
            switch (i % 6) {
                case 0, 1 -> answer(clock, recorder, o, "2026-10-20T03:00:00Z", StatusMeaning.DONE);
                case 2 -> answer(clock, recorder, o, "2026-11-03T03:00:00Z", StatusMeaning.DONE);
                case 3 -> {
                    clock.set(Instant.parse("2026-11-05T03:00:00Z"));
                    occurrences.close(o.id(), OccurrenceState.MISSED, clock.instant());
                }
                case 4 -> answer(clock, recorder, o, "2026-10-25T03:00:00Z", StatusMeaning.EXCUSED);
                default -> {
                    if (i == 5) {
                        answer(clock, recorder, o, "2026-11-20T03:00:00Z", StatusMeaning.DONE);
                    }
                }
            }
        }
        for (int i = 0; i < communes.size(); i++) {
            Occurrence o = find(occurrences, "GEN-BC", communes.get(i), "2026-10");
            switch (i % 3) {
                case 0 -> answer(clock, recorder, o, "2026-10-24T03:00:00Z", StatusMeaning.DONE);
                case 1 -> answer(clock, recorder, o, "2026-10-28T03:00:00Z", StatusMeaning.DONE);
                default -> {
                    // left open: overdue since 26/10
                }
            }
        }
        progress(clock, recorder, find(occurrences, "GEN-CAY", districts.get(0), "2026"), "2026-03-12T03:00:00Z", 1200);
        progress(clock, recorder, find(occurrences, "GEN-CAY", districts.get(1), "2026"), "2026-04-02T03:00:00Z", 500);
        progress(clock, recorder, find(occurrences, "GEN-CAY", districts.get(1), "2026"), "2026-10-02T03:00:00Z", 300);
        answer(clock, recorder, find(occurrences, "GEN-NOP", districts.get(0), "2026-11-20"), "2026-11-18T03:00:00Z", StatusMeaning.DONE);
        clock.set(NOW);
    }

    /** A staff member (or admin) at {@code unit} with a private console chat {@code <userRef>}. */
    public Person staff(String userRef, Unit unit, Role role) {
        Person person = people.findOrCreate("console", userRef, userRef, "vi");
        chatRepository.findOrCreate("console", userRef, Chat.ChatKind.PRIVATE, null, "vi");
        people.grant(person.id(), unit.id(), role, null);
        return person;
    }

    /** The private chat of a staff member made by {@link #staff}. */
    public Chat staffChat(String userRef) {
        return chatRepository.find("console", userRef).orElseThrow();
    }

    public Unit unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    public Chat chat(String unitCode) {
        return chatRepository.findById(chats.get(unitCode).id()).orElseThrow();
    }

    private Unit unit(String code, String name, Level level, Unit parent, Set<String> tags) {
        Unit unit = units.create(code, name, level, parent == null ? null : parent.id(), tags, VN, null);
        Chat chat = chatRepository.findOrCreate("console", "g-" + code, Chat.ChatKind.GROUP, "Nhóm " + name, "vi");
        chatRepository.bind(chat.id(), unit.id());
        chats.put(code, chat);
        return unit;
    }

    private void obligation(ObligationRepository catalogue, Plan plan, String code, String title, Level level,
                            Recurrence.Frequency every, Completion completion) {
        Recurrence recurrence = new Recurrence(every, null, null, every == Recurrence.Frequency.ONCE ? "20/11/2026" : null, null, null);
        catalogue.importFromFile(plan.id(), new ObligationDefinition(code, title, new Source("test", "I", "—"),
                new Assignee(List.of(level), List.of(), List.of()), recurrence, completion, "Tỉnh đoàn", null, null));
        obligations.put(code, catalogue.findByCode(code).orElseThrow());
    }

    private NewOccurrence occurrence(String code, Unit unit, String key, String start, String end, String deadline) {
        LocalDate due = LocalDate.parse(deadline);
        return new NewOccurrence(obligations.get(code).id(), unit.id(), key, LocalDate.parse(start), LocalDate.parse(end), due,
                due.atStartOfDay(VN).toInstant());
    }

    private Occurrence find(OccurrenceRepository occurrences, String code, Unit unit, String key) {
        return occurrences.find(obligations.get(code).id(), unit.id(), key).orElseThrow();
    }

    private static void answer(MutableClock clock, StatusRecorder recorder, Occurrence o, String at, StatusMeaning meaning) {
        clock.set(Instant.parse(at));
        recorder.record(o, null, null, "[test]", StatusEntry.of(meaning), VN);
    }

    private static void progress(MutableClock clock, StatusRecorder recorder, Occurrence o, String at, double quantity) {
        clock.set(Instant.parse(at));
        recorder.record(o, null, null, "[test]", new StatusEntry(StatusMeaning.PROGRESS, quantity, null, null, null, null), VN);
    }
}
