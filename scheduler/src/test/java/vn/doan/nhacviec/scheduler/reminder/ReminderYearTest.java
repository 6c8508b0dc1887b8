package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.VN;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.every;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.reminder.ReminderWorld.Item;
import vn.doan.nhacviec.scheduler.reminder.ReminderWorld.Sent;

/**
 * A whole year (2027) of a province lived hour by hour: the daily plan job, the reminder run every
 * hour of the day and night, and units answering as units do. Then what was sent is checked.
 *
 * <pre>
 * p   Tỉnh đoàn                    chat p-office
 * ├ d1  Huyện đoàn                 chat d1
 * │ └ c1  Đoàn xã                  chat c1, and a follower chat bound to c1 and b2
 * │   ├ b1  Chi đoàn (done by the 20th, except June)      group b1; private b1-sec (paused all year)
 * │   └ b2  Chi đoàn (never answers)                       private b2
 * ├ d2  Huyện đoàn                 chat d2
 * │ └ c2  Đoàn xã biên giới        (no chat)
 * │   └ bb  Chi đoàn biên giới (done the day after the deadline)   chat bb
 * └ os  Đoàn tại Pháp (Europe/Paris; misses its first half-year report)   chat os
 *   └ osb Chi đoàn (done on the last day, after the reminder)  chat osb, in English
 * </pre>
 *
 * Obligations: a monthly meeting for branches except border ones, a quarterly meeting for border
 * branches, a quarterly activity for every branch, a yearly report of grassroots units before
 * 15/11, and a half-year report of district-level units under the light policy "nhe". Quiet days:
 * 01/01, Tết (05–10/02/2027), 30/04, 01/05, 02/09.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderYearTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate START = LocalDate.of(2026, 12, 15);
    static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    static final List<String> QUIET = List.of("01-01", "04-30", "05-01", "09-02", "2027-02-05..2027-02-10");

    ReminderWorld world;
    final Map<String, Chat> chats = new LinkedHashMap<>();
    List<Sent> sent;

    @BeforeAll
    void liveTheYear(@TempDir Path dir) {
        ReminderProperties properties = new ReminderProperties(null,
                Map.of("nhe", new ReminderProperties.Policy(List.of(3), null, null, 1, null)),
                null, null, null, QUIET, null, null, null);
        world = new ReminderWorld(dir, START.atStartOfDay(VN).toInstant(), properties);
        world.unit("p", Level.TINH, null, VN);
        world.unit("d1", Level.HUYEN, "p", VN);
        world.unit("c1", Level.CO_SO, "d1", VN);
        world.unit("b1", Level.CHI_DOAN, "c1", VN);
        world.unit("b2", Level.CHI_DOAN, "c1", VN);
        world.unit("d2", Level.HUYEN, "p", VN);
        world.unit("c2", Level.CO_SO, "d2", VN, "bien_gioi");
        world.unit("bb", Level.CHI_DOAN, "c2", VN, "bien_gioi");
        world.unit("os", Level.HUYEN, "p", PARIS);
        world.unit("osb", Level.CHI_DOAN, "os", PARIS);
        chat("p-office", ChatKind.GROUP, "vi", "p");
        chat("d1", ChatKind.GROUP, "vi", "d1");
        chat("d2", ChatKind.GROUP, "vi", "d2");
        chat("c1", ChatKind.GROUP, "vi", "c1");
        chat("follower", ChatKind.PRIVATE, "vi", "c1", "b2");
        chat("b1", ChatKind.GROUP, "vi", "b1");
        chat("b1-sec", ChatKind.PRIVATE, "vi", "b1");
        chat("b2", ChatKind.PRIVATE, "vi", "b2");
        chat("bb", ChatKind.GROUP, "vi", "bb");
        chat("os", ChatKind.GROUP, "vi", "os");
        chat("osb", ChatKind.GROUP, "en", "osb");
        world.chats.setRemindersPaused(chats.get("b1-sec").id(), true);
        Plan plan = world.plan("P", "p", LocalDate.of(2026, 1, 1));
        Assignee branches = new Assignee(List.of(Level.CHI_DOAN), null, List.of("bien_gioi"));
        world.obligation(plan, "MONTHLY", every(Frequency.MONTH), branches, null);
        world.obligation(plan, "BORDER", every(Frequency.QUARTER), new Assignee(List.of(Level.CHI_DOAN), List.of("bien_gioi"), null), null);
        world.obligation(plan, "QUARTERLY", every(Frequency.QUARTER), new Assignee(List.of(Level.CHI_DOAN), null, null), null);
        world.obligation(plan, "YEARLY", ReminderWorld.yearlyBefore("15/11"), new Assignee(List.of(Level.CO_SO), null, null), null);
        world.obligation(plan, "HALF", every(Frequency.HALF_YEAR), new Assignee(List.of(Level.HUYEN), null, null), "nhe");

        List<Unit> answering = Stream.of("b1", "osb", "bb", "c1", "d2", "os").map(world::unit).toList();
        Instant end = LAST.plusDays(1).atStartOfDay(VN).toInstant();
        // from before the year, so that it starts as any other day would
        for (Instant t = START.atStartOfDay(VN).toInstant(); t.isBefore(end); t = t.plus(Duration.ofHours(1))) {
            answerAsUnitsDo(t, answering);
            if (t.atZone(VN).getHour() == 0) {
                world.planAt(t);
            }
            world.runAt(t);
        }
        sent = world.newlySent();
    }

    @AfterAll
    void close() {
        world.close();
    }

    private void chat(String ref, ChatKind kind, String language, String... units) {
        chats.put(ref, world.chat(ref, kind, language, units));
    }

    /** At noon local, the units that answer do: b1 by the 20th, osb on the last day, bb the day after the deadline, c1 on 12/11, d2 and os early. */
    private void answerAsUnitsDo(Instant t, List<Unit> answering) {
        for (Unit unit : answering) {
            ZonedDateTime local = t.atZone(unit.zone());
            if (local.getHour() != 12) {
                continue;
            }
            LocalDate today = local.toLocalDate();
            for (Occurrence open : world.occurrences.openForUnit(unit.id(), today, t.plus(Duration.ofDays(60)))) {
                LocalDate last = open.lastDay();
                boolean answers = switch (unit.code()) {
                    case "b1" -> today.getDayOfMonth() == 20 && today.getMonthValue() == last.getMonthValue()
                            && !open.periodKey().equals("2027-06");
                    case "osb" -> today.equals(last);
                    case "bb" -> today.equals(last.plusDays(1));
                    case "c1" -> today.equals(LocalDate.of(2027, 11, 12));
                    case "os" -> today.equals(last.minusDays(10)) && !open.periodKey().equals("2027-H1");
                    default -> today.equals(last.minusDays(10));
                };
                if (answers) {
                    world.answer(open, StatusEntry.of(StatusMeaning.DONE), t);
                }
            }
        }
    }

    // --- reading the year

    List<Sent> to(String chat) {
        long id = chats.get(chat).id();
        return sent.stream().filter(s -> s.chatId() == id).toList();
    }

    List<Sent> reminders(String chat) {
        return to(chat).stream().filter(s -> s.kind() == MessageKind.REMINDER).toList();
    }

    /** The local days and stages on which the occurrence was reminded to the chat. */
    Map<LocalDate, String> stagesOf(String chat, Occurrence occurrence) {
        Map<LocalDate, String> stages = new LinkedHashMap<>();
        for (Sent message : to(chat)) {
            message.items().stream().filter(i -> i.occurrenceId() == occurrence.id())
                    .forEach(i -> stages.put(message.notBefore().atZone(VN).toLocalDate(), i.stage()));
        }
        return stages;
    }

    static Map<LocalDate, String> days(Object... dayAndStage) {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < dayAndStage.length; i += 2) {
            expected.put(LocalDate.parse("2027-" + dayAndStage[i]), (String) dayAndStage[i + 1]);
        }
        return expected;
    }

    ZoneId zoneOfChat(long chatId) {
        return world.units.findById(world.chats.unitsBoundTo(chatId).get(0)).orElseThrow().zone();
    }

    // --- what the year must show

    @Test
    void remindersGoOutAtEightInTheMorningLocalTimeOnWorkingDaysOnly() {
        assertThat(sent).filteredOn(s -> s.kind() == MessageKind.REMINDER).isNotEmpty().allSatisfy(message -> {
            ZonedDateTime local = message.notBefore().atZone(zoneOfChat(message.chatId()));
            assertThat(local.toLocalTime()).as("sent at %s", local).isEqualTo(LocalTime.of(8, 0));
            assertThat(world.settings.calendar().quietDays().isQuiet(local.toLocalDate())).as("quiet day %s", local).isFalse();
            assertThat(message.createdAt()).isEqualTo(message.notBefore());
        });
    }

    @Test
    void escalationsReachTheParentInsideItsOwnSendingHours() {
        assertThat(sent).filteredOn(s -> s.kind() == MessageKind.ESCALATION).isNotEmpty().allSatisfy(message -> {
            ZonedDateTime local = message.notBefore().atZone(zoneOfChat(message.chatId()));
            assertThat(local.toLocalTime()).as("sent at %s", local).isBetween(LocalTime.of(8, 0), LocalTime.of(20, 29));
            assertThat(world.settings.calendar().quietDays().isQuiet(local.toLocalDate())).as("quiet day %s", local).isFalse();
        });
        // os (Paris) misses its half-year report: decided at 08:00 in Paris (summer: 13:00 in Vietnam)
        assertThat(to("p-office")).filteredOn(s -> s.lists(world.occurrence("HALF", "os", "2027-H1").id(), "ESC"))
                .singleElement().satisfies(s -> assertThat(s.notBefore().atZone(VN))
                        .isEqualTo(LocalDate.of(2027, 7, 4).atTime(13, 0).atZone(VN)));
    }

    @Test
    void theUnitAbroadIsRemindedInItsOwnMorningSummerAndWinter() {
        List<Sent> toOsb = reminders("osb");
        assertThat(toOsb).extracting(s -> s.notBefore().atZone(PARIS).toLocalTime()).containsOnly(LocalTime.of(8, 0));
        assertThat(stagesOf("osb", world.occurrence("MONTHLY", "osb", "2027-01")))
                .as("winter: 08:00 in Paris is 07:00 UTC")
                .containsExactlyEntriesOf(days("01-24", "D-7", "01-28", "D-3", "01-30", "D-1", "01-31", "D0"));
        assertThat(toOsb).filteredOn(s -> s.notBefore().atZone(PARIS).getMonthValue() == 7)
                .extracting(s -> s.notBefore().atZone(java.time.ZoneOffset.UTC).toLocalTime()).as("summer: 06:00 UTC")
                .containsOnly(LocalTime.of(6, 0));
        assertThat(toOsb).flatExtracting(Sent::items).extracting(Item::stage)
                .as("osb answers on its last day, after the reminder: never overdue").doesNotContain("O1", "O2", "O3");
        assertThat(toOsb).allSatisfy(s -> assertThat(s.text()).startsWith("reminder en"));
    }

    @Test
    void aUnitThatNeverAnswersGetsEveryStageOnceThenItsParentIsTold() {
        assertThat(stagesOf("b2", world.occurrence("MONTHLY", "b2", "2027-03"))).containsExactlyEntriesOf(
                days("03-24", "D-7", "03-28", "D-3", "03-30", "D-1", "03-31", "D0", "04-01", "O1", "04-04", "O2", "04-07", "O3"));
        assertThat(stagesOf("c1", world.occurrence("MONTHLY", "b2", "2027-03"))).containsExactlyEntriesOf(days("04-10", "ESC"));
        assertThat(stagesOf("b2", world.occurrence("MONTHLY", "b2", "2027-08"))).containsExactlyEntriesOf(
                days("08-24", "D-7", "08-28", "D-3", "08-30", "D-1", "08-31", "D0", "09-01", "O1", "09-04", "O2", "09-07", "O3"));
        for (int month = 1; month <= 10; month++) {
            Occurrence item = world.occurrence("MONTHLY", "b2", String.format("2027-%02d", month));
            assertThat(stagesOf("c1", item).values()).as("escalated once, month %d", month).containsExactly("ESC");
            assertThat(item.state()).as("still open a month after: missed").isEqualTo(OccurrenceState.MISSED);
        }
    }

    @Test
    void quietDaysMoveRemindersToTheNextWorkingDayWhereOnlyTheLatestStageGoesOut() {
        // January: O3 (07/02) and the escalation (10/02) fall in Tết; on 11/02 only the escalation goes out
        Occurrence january = world.occurrence("MONTHLY", "b2", "2027-01");
        assertThat(stagesOf("b2", january)).containsExactlyEntriesOf(
                days("01-24", "D-7", "01-28", "D-3", "01-30", "D-1", "01-31", "D0", "02-01", "O1", "02-04", "O2"));
        assertThat(stagesOf("c1", january)).containsExactlyEntriesOf(days("02-11", "ESC"));
        // April: the last day 30/04 and the first overdue day 01/05 are holidays; 02/05 carries the overdue one
        assertThat(stagesOf("b2", world.occurrence("MONTHLY", "b2", "2027-04"))).containsExactlyEntriesOf(
                days("04-23", "D-7", "04-27", "D-3", "04-29", "D-1", "05-02", "O1", "05-04", "O2", "05-07", "O3"));
    }

    @Test
    void eachChatGetsOneReminderPerSendingTimeListingAllItsUnitsItems() {
        for (Chat chat : chats.values()) {
            Map<Instant, Long> perRun = sent.stream().filter(s -> s.chatId() == chat.id() && s.kind() == MessageKind.REMINDER)
                    .collect(Collectors.groupingBy(Sent::createdAt, Collectors.counting()));
            assertThat(perRun.values()).as("chat %s", chat.chatRef()).allMatch(n -> n == 1);
        }
        assertThat(reminders("b2")).filteredOn(s -> s.notBefore().atZone(VN).toLocalDate().equals(LocalDate.of(2027, 6, 23)))
                .singleElement().satisfies(s -> assertThat(s.items()).extracting(Item::occurrenceId).containsExactlyInAnyOrder(
                        world.occurrence("MONTHLY", "b2", "2027-06").id(), world.occurrence("QUARTERLY", "b2", "2027-Q2").id()));
        // 07/11: the commune's yearly report is 7 days off and b2's October meeting is overdue a third time
        assertThat(reminders("follower")).filteredOn(s -> s.notBefore().atZone(VN).toLocalDate().equals(LocalDate.of(2027, 11, 7)))
                .singleElement().satisfies(s -> assertThat(s.items()).extracting(Item::unitCode, Item::stage)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("b2", "O3"),
                                org.assertj.core.groups.Tuple.tuple("c1", "D-7")));
    }

    @Test
    void nothingIsSentTwice() {
        for (Chat chat : chats.values()) {
            List<String> listed = new ArrayList<>();
            to(chat.chatRef()).forEach(s -> s.items().forEach(i -> listed.add(i.occurrenceId() + ":" + i.stage())));
            assertThat(listed).as("chat %s", chat.chatRef()).doesNotHaveDuplicates();
        }
    }

    @Test
    void doneItemsAndPausedChatsGetNothing() {
        assertThat(to("b1-sec")).as("paused all year").isEmpty();
        assertThat(reminders("b1")).flatExtracting(Sent::items).extracting(Item::occurrenceId).as("b1 is done by the 20th, except in June")
                .containsOnly(world.occurrence("MONTHLY", "b1", "2027-06").id());
        assertThat(stagesOf("c1", world.occurrence("YEARLY", "c1", "2027"))).as("done on 12/11, after D-3")
                .containsExactlyEntriesOf(days("11-07", "D-7", "11-11", "D-3"));
        assertThat(stagesOf("bb", world.occurrence("BORDER", "bb", "2027-Q3"))).as("done the day after the deadline")
                .containsExactlyEntriesOf(days("09-23", "D-7", "09-27", "D-3", "09-29", "D-1", "09-30", "D0", "10-01", "O1"));
        assertThat(to("d2")).filteredOn(s -> s.kind() == MessageKind.REMINDER).as("d2 reports early").isEmpty();
    }

    @Test
    void lateUnitsAreGroupedInOneEscalationPerParentChat() {
        Occurrence b1June = world.occurrence("MONTHLY", "b1", "2027-06");
        List<Sent> june = to("c1").stream().filter(s -> s.kind() == MessageKind.ESCALATION && s.lists(b1June.id(), "ESC")).toList();
        assertThat(june).singleElement().satisfies(s -> {
            assertThat(s.notBefore().atZone(VN).toLocalDate()).isEqualTo(LocalDate.of(2027, 7, 10));
            assertThat(s.text()).contains("unit b1", "unit b2");
            assertThat(s.items()).extracting(Item::unitCode).containsOnly("b1", "b2");
        });
        assertThat(to("follower")).as("bound to the commune, the follower hears of it too")
                .filteredOn(s -> s.kind() == MessageKind.ESCALATION && s.lists(b1June.id(), "ESC")).hasSize(1);
        // c2 has no chat: the border commune's missing report reaches its district
        assertThat(stagesOf("d2", world.occurrence("YEARLY", "c2", "2027"))).containsExactlyEntriesOf(days("11-24", "ESC"));
        // the light policy: one early reminder, one overdue, then the province hears of d1
        Occurrence half = world.occurrence("HALF", "d1", "2027-H1");
        assertThat(stagesOf("d1", half)).containsExactlyEntriesOf(days("06-27", "D-3", "06-30", "D0", "07-01", "O1"));
        assertThat(stagesOf("p-office", half)).containsExactlyEntriesOf(days("07-04", "ESC"));
    }

    @Test
    void everyEscalationIsAboutAnItemThatWasStillOpenAfterItsOverdueReminders() {
        Set<String> escalated = new HashSet<>();
        sent.stream().filter(s -> s.kind() == MessageKind.ESCALATION).forEach(s -> s.items().forEach(i -> escalated.add(i.unitCode())));
        assertThat(escalated).containsExactlyInAnyOrder("b1", "b2", "c2", "d1", "os");
    }
}
