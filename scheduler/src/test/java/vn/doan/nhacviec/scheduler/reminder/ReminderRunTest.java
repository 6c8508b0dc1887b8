package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.VN;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.every;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.alert.AlertPreferences;
import vn.doan.nhacviec.data.alert.SupervisorDirectory;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.Role;
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
import vn.doan.nhacviec.scheduler.outbox.ChatBlockedEvent;
import vn.doan.nhacviec.scheduler.outbox.DeliveryFailedEvent;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.outbox.OutboxProperties;
import vn.doan.nhacviec.scheduler.outbox.Sleeper;
import vn.doan.nhacviec.scheduler.reminder.ReminderWorld.Sent;

/**
 * The reminder engine on a small tree: a province, a commune, two branches, each branch with its own
 * chat and a secretary who follows both. March 2027's monthly meeting and Q1's quarterly activity
 * both have their last day on time on 31/03, so their stages fall on the same days: D-7 24/03,
 * D-3 28/03, D-1 30/03, D0 31/03, overdue 01/04, 04/04, 07/04, escalation 10/04.
 */
class ReminderRunTest {

    static final LocalDate D7 = LocalDate.of(2027, 3, 24);
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    @TempDir
    Path dir;

    ReminderWorld world;
    Chat provinceChat;
    Chat communeChat;
    Chat b1Chat;
    Chat b2Chat;
    Chat follower;

    ReminderWorld open(ReminderProperties properties) {
        world = new ReminderWorld(dir, LocalDate.of(2027, 3, 1).atStartOfDay(VN).toInstant(), properties);
        world.unit("p", Level.TINH, null, VN);
        world.unit("c", Level.CO_SO, "p", VN);
        world.unit("b1", Level.CHI_DOAN, "c", VN);
        world.unit("b2", Level.CHI_DOAN, "c", VN);
        provinceChat = world.chat("p-office", ChatKind.GROUP, "vi", "p");
        communeChat = world.chat("c-group", ChatKind.GROUP, "vi", "c");
        b1Chat = world.chat("b1-group", ChatKind.GROUP, "vi", "b1");
        b2Chat = world.chat("b2-secretary", ChatKind.PRIVATE, "en", "b2");
        follower = world.chat("follower", ChatKind.PRIVATE, "vi", "b1", "b2");
        Plan plan = world.plan("P", "p", LocalDate.of(2026, 1, 1));
        world.obligation(plan, "MONTHLY", every(Frequency.MONTH), new Assignee(List.of(Level.CHI_DOAN), null, null), null);
        world.obligation(plan, "QUARTERLY", every(Frequency.QUARTER), new Assignee(List.of(Level.CHI_DOAN), null, null), null);
        world.planAt(world.clock.instant());
        return world;
    }

    ReminderWorld open() {
        return open(ReminderProperties.defaults());
    }

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    Occurrence monthly(String unit) {
        return world.occurrence("MONTHLY", unit, "2027-03");
    }

    Occurrence quarterly(String unit) {
        return world.occurrence("QUARTERLY", unit, "2027-Q1");
    }

    static List<Sent> to(List<Sent> sent, Chat chat) {
        return sent.stream().filter(s -> s.chatId() == chat.id()).toList();
    }

    @Test
    void oneMessagePerChatListsEverythingDueForItsUnits() {
        open().runAt(D7, EIGHT, VN);

        List<Sent> sent = world.newlySent();
        assertThat(sent).extracting(Sent::chatId).containsExactlyInAnyOrder(b1Chat.id(), b2Chat.id(), follower.id());
        assertThat(sent).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(MessageKind.REMINDER);
            assertThat(s.choices()).containsExactly("n:1:D", "n:1");
            assertThat(s.items()).allSatisfy(item -> assertThat(item.stage()).isEqualTo("D-7"));
            assertThat(world.messageItems.items(s.outboxId()))
                    .as("the items a reply to this message is attributed to, in the order shown")
                    .containsExactlyElementsOf(s.items().stream().map(ReminderWorld.Item::occurrenceId).toList());
        });
        Sent toFollower = to(sent, follower).get(0);
        assertThat(toFollower.items()).extracting(ReminderWorld.Item::occurrenceId).containsExactlyInAnyOrder(
                monthly("b1").id(), monthly("b2").id(), quarterly("b1").id(), quarterly("b2").id());
        assertThat(to(sent, b2Chat).get(0).items()).extracting(ReminderWorld.Item::occurrenceId)
                .containsExactlyInAnyOrder(monthly("b2").id(), quarterly("b2").id());
        assertThat(to(sent, b2Chat).get(0).text()).as("in the reader's language").startsWith("reminder en");
    }

    @Test
    void remindsOnTheStageDaysAtTheSendTimeAndEscalatesOnce() {
        open();
        LocalDate day = LocalDate.of(2027, 3, 20);
        while (day.isBefore(LocalDate.of(2027, 4, 15))) {
            world.liveDay(day, Duration.ofMinutes(15));
            day = day.plusDays(1);
        }
        List<Sent> sent = world.newlySent();
        Map<String, LocalDate> expected = new java.util.LinkedHashMap<>();
        expected.put("D-7", LocalDate.of(2027, 3, 24));
        expected.put("D-3", LocalDate.of(2027, 3, 28));
        expected.put("D-1", LocalDate.of(2027, 3, 30));
        expected.put("D0", LocalDate.of(2027, 3, 31));
        expected.put("O1", LocalDate.of(2027, 4, 1));
        expected.put("O2", LocalDate.of(2027, 4, 4));
        expected.put("O3", LocalDate.of(2027, 4, 7));
        List<Sent> toB2 = to(sent, b2Chat);
        assertThat(toB2).hasSize(expected.size());
        int i = 0;
        for (Map.Entry<String, LocalDate> stage : expected.entrySet()) {
            Sent message = toB2.get(i++);
            assertThat(message.notBefore()).isEqualTo(stage.getValue().atTime(EIGHT).atZone(VN).toInstant());
            assertThat(message.items()).extracting(ReminderWorld.Item::stage).containsOnly(stage.getKey());
        }
        List<Sent> escalations = sent.stream().filter(s -> s.kind() == MessageKind.ESCALATION).toList();
        assertThat(escalations).as("one message to the commune's chat, both late branches grouped").hasSize(1);
        Sent escalation = escalations.get(0);
        assertThat(escalation.chatId()).isEqualTo(communeChat.id());
        assertThat(escalation.notBefore()).isEqualTo(LocalDate.of(2027, 4, 10).atTime(EIGHT).atZone(VN).toInstant());
        assertThat(escalation.text()).contains("unit b1", "unit b2");
        assertThat(escalation.items()).extracting(ReminderWorld.Item::occurrenceId).containsExactlyInAnyOrder(
                monthly("b1").id(), monthly("b2").id(), quarterly("b1").id(), quarterly("b2").id());
        assertThat(escalation.choices()).as("the parent does not answer for its branches").isEmpty();
        assertThat(to(sent, provinceChat)).as("the commune has a chat, so the province is not bothered").isEmpty();
    }

    @Test
    void nothingIsSentOutsideTheSendingHours() {
        open();
        for (LocalTime time : List.of(LocalTime.of(0, 0), LocalTime.of(5, 0), LocalTime.of(7, 30), LocalTime.of(7, 59))) {
            world.runAt(D7, time, VN);
        }
        assertThat(world.newlySent()).as("before the send time").isEmpty();
        world.runAt(D7, LocalTime.of(8, 0), VN);
        assertThat(world.newlySent()).hasSize(3);
        for (LocalTime time : List.of(LocalTime.of(12, 0), LocalTime.of(20, 29), LocalTime.of(20, 30), LocalTime.of(23, 45))) {
            world.runAt(D7, time, VN);
        }
        assertThat(world.newlySent()).as("later the same day").isEmpty();
    }

    @Test
    void aMissedDayIsCaughtUpInsideTheWindowButNeverAtNight() {
        open();
        world.runAt(D7, LocalTime.of(22, 0), VN);
        world.runAt(D7.plusDays(1), LocalTime.of(7, 45), VN);
        assertThat(world.newlySent()).isEmpty();
        world.runAt(D7.plusDays(1), LocalTime.of(8, 0), VN);
        assertThat(world.newlySent()).as("the day after, at the send time").hasSize(3)
                .allSatisfy(s -> assertThat(s.items()).extracting(ReminderWorld.Item::stage).containsOnly("D-7"));
    }

    @Test
    void aRerunOrASecondInstanceSendsNothingTwice() {
        open().runAt(D7, EIGHT, VN);
        long stored = world.outboxCount();
        world.runAt(D7, EIGHT, VN);
        world.runAt(D7, LocalTime.of(8, 15), VN);
        try (ReminderWorld second = new ReminderWorld(dir, world.clock.instant(), ReminderProperties.defaults())) {
            RunSummary summary = second.runAt(D7, LocalTime.of(8, 15), VN);
            assertThat(summary.messages()).isZero();
        }
        assertThat(world.outboxCount()).isEqualTo(stored);
        assertThat(world.handled.count()).as("one row per (occurrence, stage)").isEqualTo(4);
    }

    @Test
    void twoRunsThatFoundTheSameItemsStoreThemOnce() {
        open();
        Instant now = D7.atTime(EIGHT).atZone(VN).toInstant();
        world.clock.set(now);
        try (ReminderWorld second = new ReminderWorld(dir, now, ReminderProperties.defaults())) {
            // both look before either stores: the second finds its stages taken when it writes
            List<DueItem> seenByFirst = finder(world).dueAt(now);
            List<DueItem> seenBySecond = finder(second).dueAt(now);
            assertThat(seenBySecond).hasSameSizeAs(seenByFirst).hasSize(4);
            RunSummary first = writer(world).write(new ChatReminderPlanner(new Recipients(world.chats, world.units, new SupervisorDirectory(world.jdbc))).plan(seenByFirst), now, "first");
            RunSummary late = writer(second).write(new ChatReminderPlanner(new Recipients(second.chats, second.units, new SupervisorDirectory(second.jdbc))).plan(seenBySecond), now, "second");
            assertThat(first.messages()).isEqualTo(3);
            assertThat(late.taken()).isZero();
            assertThat(late.messages()).isZero();
        }
        assertThat(world.newlySent()).hasSize(3);
    }

    private static DueItemFinder finder(ReminderWorld w) {
        return new DueItemFinder(w.occurrences, w.obligations, w.units, w.statusLog, w.handled, w.settings);
    }

    private static ChatReminderWriter writer(ReminderWorld w) {
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(w.dataSource));
        Outbox outbox = new Outbox(w.outboxRows, new OutboxDispatcher(w.outboxRows, w.chats, List.of(), OutboxProperties.defaults(),
                w.clock, Sleeper.SYSTEM, e -> { }), w.clock);
        return new ChatReminderWriter(w.handled, outbox, w.outboxRows, w.messageItems, new PlainTexts(), w.settings, transactions, w.occurrences);
    }

    @Test
    void afterATwoDayOutageEachItemIsSentOnceAtItsLatestStage() {
        open();
        world.runAt(LocalDate.of(2027, 3, 28), EIGHT, VN);
        assertThat(world.newlySent()).hasSize(3);
        world.runAt(LocalDate.of(2027, 3, 29), LocalTime.of(10, 0), VN);
        assertThat(world.newlySent()).isEmpty();
        // down from 29/03 10:00 to 31/03 10:00: D-1 (30/03) and the morning of D0 (31/03) were missed
        world.runAt(LocalDate.of(2027, 3, 31), LocalTime.of(10, 0), VN);
        List<Sent> caughtUp = world.newlySent();
        assertThat(caughtUp).hasSize(3);
        assertThat(caughtUp).flatExtracting(Sent::items).extracting(ReminderWorld.Item::stage).containsOnly("D0");
        assertThat(to(caughtUp, follower).get(0).items()).hasSize(4);
        for (Instant t = LocalDate.of(2027, 3, 31).atTime(10, 15).atZone(VN).toInstant();
             t.isBefore(LocalDate.of(2027, 4, 1).atTime(7, 59).atZone(VN).toInstant()); t = t.plus(Duration.ofMinutes(15))) {
            world.runAt(t);
        }
        assertThat(world.newlySent()).as("once, not once per missed firing").isEmpty();
        world.runAt(LocalDate.of(2027, 4, 1), EIGHT, VN);
        assertThat(world.newlySent()).flatExtracting(Sent::items).extracting(ReminderWorld.Item::stage).containsOnly("O1");
    }

    @Test
    void doneItemsGetNoReminder() {
        open();
        world.answer(monthly("b1"), StatusEntry.of(StatusMeaning.DONE), D7.minusDays(2).atTime(19, 0).atZone(VN).toInstant());
        world.answer(quarterly("b1"), StatusEntry.of(StatusMeaning.DONE), D7.atTime(7, 0).atZone(VN).toInstant());
        world.runAt(D7, EIGHT, VN);
        List<Sent> sent = world.newlySent();
        assertThat(to(sent, b1Chat)).isEmpty();
        assertThat(to(sent, follower).get(0).items()).extracting(ReminderWorld.Item::unitCode).containsOnly("b2");
    }

    @Test
    void pausedAndInactiveChatsAreSkipped() {
        open();
        world.chats.setRemindersPaused(b2Chat.id(), true);
        world.chats.markInactive(follower.id(), "blocked");
        world.runAt(D7, EIGHT, VN);
        assertThat(world.newlySent()).extracting(Sent::chatId).containsExactly(b1Chat.id());
        assertThat(world.handled.count()).as("b2's stages are recorded all the same: no chat to send them to")
                .isEqualTo(4);
    }

    @Test
    void remindTomorrowBringsTheItemBackTheNextDay() {
        open().runAt(D7, EIGHT, VN);
        world.newlySent();
        world.answer(monthly("b2"), StatusEntry.of(StatusMeaning.REMIND_TOMORROW), D7.atTime(21, 0).atZone(VN).toInstant());
        world.runAt(D7.plusDays(1), LocalTime.of(7, 45), VN);
        assertThat(world.newlySent()).isEmpty();
        world.runAt(D7.plusDays(1), EIGHT, VN);
        List<Sent> next = world.newlySent();
        assertThat(next).extracting(Sent::chatId).containsExactlyInAnyOrder(b2Chat.id(), follower.id());
        assertThat(next).allSatisfy(s -> assertThat(s.items()).singleElement()
                .isEqualTo(new ReminderWorld.Item(monthly("b2").id(), "R2027-03-25", "b2")));
        world.runAt(D7.plusDays(2), EIGHT, VN);
        assertThat(world.newlySent()).as("only the day after").isEmpty();
    }

    @Test
    void aPostponementRequestIsShownToTheParentWithoutMovingTheDeadline() {
        open();
        Occurrence item = monthly("b2");
        LocalDate requested = LocalDate.of(2027, 4, 5);
        world.answer(item, new StatusEntry(StatusMeaning.POSTPONE, null, null, null, requested, null),
                D7.atTime(22, 10).atZone(VN).toInstant());
        List<Sent> notices = world.newlySent();
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.chatId()).isEqualTo(communeChat.id());
            assertThat(notice.kind()).isEqualTo(MessageKind.NOTICE);
            assertThat(notice.text()).isEqualTo("postpone b2 " + item.id() + " 2027-04-05 by null");
            assertThat(notice.notBefore()).as("asked at night, shown when the window opens")
                    .isEqualTo(D7.plusDays(1).atTime(7, 30).atZone(VN).toInstant());
        });
        assertThat(monthly("b2").deadline()).isEqualTo(item.deadline());
        assertThat(world.postponements.pendingFor(item.id())).get().satisfies(request -> {
            assertThat(request.requestedDay()).isEqualTo(requested);
            assertThat(request.unitId()).isEqualTo(world.unit("b2").id());
        });

        world.answer(item, new StatusEntry(StatusMeaning.POSTPONE, null, null, null, requested, null),
                D7.atTime(22, 15).atZone(VN).toInstant());
        assertThat(world.newlySent()).as("the same request again is not a new notice").isEmpty();
        world.answer(item, new StatusEntry(StatusMeaning.POSTPONE, null, null, null, requested.plusDays(2), null),
                D7.atTime(22, 20).atZone(VN).toInstant());
        assertThat(world.newlySent()).as("another day is a new request").hasSize(1);
        assertThat(world.postponements.pendingFor(item.id())).get()
                .satisfies(request -> assertThat(request.requestedDay()).isEqualTo(requested.plusDays(2)));

        world.runAt(LocalDate.of(2027, 3, 28), EIGHT, VN);
        assertThat(to(world.newlySent(), b2Chat)).as("reminders go on").hasSize(1);
    }

    @Test
    void aChatThatBlockedTheBotIsReportedToTheParent() {
        open();
        world.clock.set(D7.atTime(10, 0).atZone(VN).toInstant());
        world.chats.markInactive(b2Chat.id(), "403 Forbidden: bot was blocked by the user");
        world.blockedNotifier.on(new ChatBlockedEvent(b2Chat.id(), "blocked"));
        assertThat(world.newlySent()).singleElement().satisfies(notice -> {
            assertThat(notice.chatId()).isEqualTo(communeChat.id());
            assertThat(notice.text()).isEqualTo("blocked b2-secretary b2");
            assertThat(notice.notBefore()).isEqualTo(world.clock.instant());
        });
    }

    @Test
    void aBlockedChatIsAlsoToldToTheStaffInPrivateWhoWantIt() {
        open();
        Chat communeStaff = staffInPrivate("c-staff", "c", Role.STAFF);
        Chat quietStaff = staffInPrivate("c-quiet", "c", Role.STAFF);
        new AlertPreferences(world.jdbc).set(world.people.findByIdentity("telegram", "c-quiet").orElseThrow().id(),
                AlertKind.BLOCKED, false);
        world.clock.set(D7.atTime(10, 0).atZone(VN).toInstant());
        world.chats.markInactive(b2Chat.id(), "403 Forbidden: bot was blocked by the user");
        world.blockedNotifier.on(new ChatBlockedEvent(b2Chat.id(), "blocked"));
        assertThat(world.newlySent()).extracting(Sent::chatId).containsExactlyInAnyOrder(communeChat.id(), communeStaff.id())
                .doesNotContain(quietStaff.id());
    }

    @Test
    void aReminderGivenUpAfterEveryRetryIsToldToTheSuperiorsOnceADay() {
        open();
        Chat communeStaff = staffInPrivate("c-staff", "c", Role.STAFF);
        world.clock.set(D7.atTime(10, 0).atZone(VN).toInstant());
        world.failedNotifier.on(new DeliveryFailedEvent(b1Chat.id(), 1, MessageKind.REPLY, "500"));
        assertThat(world.newlySent()).as("only reminders: an answer is seen by the person waiting for it").isEmpty();
        world.failedNotifier.on(new DeliveryFailedEvent(b1Chat.id(), 2, MessageKind.REMINDER, "500"));
        assertThat(world.newlySent()).extracting(Sent::chatId).containsExactlyInAnyOrder(communeChat.id(), communeStaff.id());
        world.failedNotifier.on(new DeliveryFailedEvent(b1Chat.id(), 3, MessageKind.REMINDER, "500"));
        assertThat(world.newlySent()).as("once a day per chat").isEmpty();
    }

    @Test
    void escalationGoesToTheNearestAncestorWithAChat() {
        open();
        world.chats.markInactive(communeChat.id(), "removed");
        world.runAt(LocalDate.of(2027, 4, 10), EIGHT, VN);
        List<Sent> sent = world.newlySent();
        assertThat(sent.stream().filter(s -> s.kind() == MessageKind.ESCALATION)).singleElement()
                .satisfies(s -> assertThat(s.chatId()).isEqualTo(provinceChat.id()));
    }

    /** A person with a private chat on the test channel holding {@code role} at {@code unitCode}. */
    Chat staffInPrivate(String ref, String unitCode, Role role) {
        Person person = world.people.findOrCreate("telegram", ref, ref, "vi");
        world.people.grant(person.id(), world.unit(unitCode).id(), role, null);
        return world.chat(ref, ChatKind.PRIVATE, "vi");
    }

    @Test
    void escalationAlsoReachesTheStaffOverTheUnitInPrivateUnlessSwitchedOff() {
        open();
        Chat communeStaff = staffInPrivate("c-staff", "c", Role.STAFF);
        Chat provinceAdmin = staffInPrivate("p-admin", "p", Role.ADMIN);
        Chat quietAdmin = staffInPrivate("p-quiet", "p", Role.ADMIN);
        Chat secretary = staffInPrivate("c-secretary", "c", Role.SECRETARY);
        new AlertPreferences(world.jdbc).set(world.people.findByIdentity("telegram", "p-quiet").orElseThrow().id(),
                AlertKind.ESCALATION, false);
        world.runAt(LocalDate.of(2027, 4, 10), EIGHT, VN);
        List<Sent> escalations = world.newlySent().stream().filter(s -> s.kind() == MessageKind.ESCALATION).toList();
        assertThat(escalations).extracting(Sent::chatId)
                .containsExactlyInAnyOrder(communeChat.id(), communeStaff.id(), provinceAdmin.id());
        assertThat(escalations).extracting(Sent::chatId).doesNotContain(quietAdmin.id(), secretary.id(), provinceChat.id());
        assertThat(to(escalations, communeStaff).get(0).text()).contains("unit b1", "unit b2");
    }

    @Test
    void withoutAnyChatAboveTheStaffMemberInPrivateStillHears() {
        open();
        world.chats.markInactive(communeChat.id(), "removed");
        world.chats.markInactive(provinceChat.id(), "removed");
        Chat communeStaff = staffInPrivate("c-staff", "c", Role.STAFF);
        world.runAt(LocalDate.of(2027, 4, 10), EIGHT, VN);
        assertThat(world.newlySent().stream().filter(s -> s.kind() == MessageKind.ESCALATION)).singleElement()
                .satisfies(s -> assertThat(s.chatId()).isEqualTo(communeStaff.id()));
        assertThat(world.undelivered.count()).isZero();
    }

    @Test
    void anEscalationNobodyCanReceiveIsCountedOnceNotDropped() {
        open();
        world.chats.markInactive(communeChat.id(), "removed");
        world.chats.markInactive(provinceChat.id(), "removed");
        world.runAt(LocalDate.of(2027, 4, 10), EIGHT, VN);
        assertThat(world.newlySent().stream().filter(s -> s.kind() == MessageKind.ESCALATION)).isEmpty();
        assertThat(world.undelivered.count()).as("2 branches x 2 duties").isEqualTo(4);
        assertThat(world.undelivered.recentInSubtree(world.unit("p").path(), 10))
                .allSatisfy(row -> assertThat(row.kind()).isEqualTo(AlertKind.ESCALATION))
                .extracting(row -> row.summary()).allSatisfy(text -> assertThat(text).startsWith("escalation vi"));
        world.runAt(LocalDate.of(2027, 4, 10), LocalTime.of(15, 0), VN);
        world.runAt(LocalDate.of(2027, 4, 11), EIGHT, VN);
        assertThat(world.undelivered.count()).as("each item and stage once").isEqualTo(4);
    }

    @Test
    void aLongReminderIsSplitAndEachPartListsItsOwnItems() {
        open(new ReminderProperties(null, null, null, null, null, null, null, 3, null)).runAt(D7, EIGHT, VN);
        List<Sent> toFollower = to(world.newlySent(), follower);
        assertThat(toFollower).hasSize(2);
        assertThat(toFollower.get(0).text()).startsWith("reminder vi-x-telegram 1/2");
        assertThat(toFollower.get(0).items()).hasSize(3);
        assertThat(toFollower.get(1).items()).hasSize(1);
        for (Sent part : toFollower) {
            assertThat(world.messageItems.items(part.outboxId()))
                    .containsExactlyElementsOf(part.items().stream().map(ReminderWorld.Item::occurrenceId).toList());
        }
    }

    @Test
    void quietDaysDeferToTheNextWorkingDayAndOnlyTheLatestStageGoesOut() {
        open(new ReminderProperties(null, null, null, null, null,
                List.of("2027-03-24..2027-03-25", "03-30", "2027-03-31"), null, null, null));
        for (LocalDate day = D7; !day.isAfter(LocalDate.of(2027, 4, 1)); day = day.plusDays(1)) {
            world.runAt(day, EIGHT, VN);
            world.runAt(day, LocalTime.of(15, 0), VN);
        }
        List<Sent> toB2 = to(world.newlySent(), b2Chat);
        assertThat(toB2).extracting(s -> s.notBefore().atZone(VN).toLocalDate()).containsExactly(
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 4, 1));
        assertThat(toB2).extracting(s -> s.items().get(0).stage()).containsExactly("D-7", "D-3", "O1");
    }

    @Test
    void whatIsStillOpenAMonthAfterItsDeadlineIsMissedAndNoLongerReminded() {
        open();
        world.planAt(LocalDate.of(2027, 4, 30).atTime(0, 30).atZone(VN).toInstant());
        assertThat(monthly("b2").state()).isEqualTo(OccurrenceState.OPEN);
        world.planAt(LocalDate.of(2027, 5, 1).atTime(0, 30).atZone(VN).toInstant());
        assertThat(monthly("b2").state()).isEqualTo(OccurrenceState.MISSED);
        assertThat(world.occurrence("MONTHLY", "b2", "2027-04").state()).isEqualTo(OccurrenceState.OPEN);
    }
}
