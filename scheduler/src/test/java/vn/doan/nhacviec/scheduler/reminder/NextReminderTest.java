package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.VN;
import static vn.doan.nhacviec.scheduler.reminder.ReminderWorld.every;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.Recurrence.Frequency;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.Level;

/**
 * The instant of an open occurrence's next reminder stage, stored so a run reads only what is due:
 * worked out at planning, moved on by the run that sends a stage, and worked out again after an
 * answer, a postponement or a pause. March 2027's monthly meeting: D-7 24/03, D-3 28/03, D-1 30/03,
 * D0 31/03.
 */
class NextReminderTest {

    static final LocalTime EIGHT = LocalTime.of(8, 0);

    @TempDir
    Path dir;

    ReminderWorld world;

    @BeforeEach
    void open() {
        world = new ReminderWorld(dir, LocalDate.of(2027, 3, 1).atStartOfDay(VN).toInstant(), ReminderProperties.defaults());
        world.unit("p", Level.TINH, null, VN);
        world.unit("c", Level.CO_SO, "p", VN);
        world.unit("b1", Level.CHI_DOAN, "c", VN);
        world.chat("b1-group", ChatKind.GROUP, "vi", "b1");
        Plan plan = world.plan("P", "p", LocalDate.of(2026, 1, 1));
        world.obligation(plan, "MONTHLY", every(Frequency.MONTH), new Assignee(List.of(Level.CHI_DOAN), null, null), null);
        world.planAt(world.clock.instant());
    }

    @AfterEach
    void close() {
        world.close();
    }

    Occurrence monthly() {
        return world.occurrence("MONTHLY", "b1", "2027-03");
    }

    Optional<Instant> next() {
        return world.occurrences.nextReminder(monthly().id());
    }

    static Instant startOf(int month, int day) {
        return LocalDate.of(2027, month, day).atStartOfDay(VN).toInstant();
    }

    boolean sentToday(String stage) {
        return world.newlySent().stream().anyMatch(s -> s.lists(monthly().id(), stage));
    }

    @Test
    void planningStoresTheFirstStageAndEachSentStageMovesItOn() {
        assertThat(next()).contains(startOf(3, 24));

        world.runAt(LocalDate.of(2027, 3, 24), EIGHT, VN);
        assertThat(sentToday("D-7")).isTrue();
        assertThat(next()).contains(startOf(3, 28));

        world.runAt(LocalDate.of(2027, 3, 25), EIGHT, VN);
        assertThat(world.newlySent()).isEmpty();
        assertThat(next()).contains(startOf(3, 28));

        world.runAt(LocalDate.of(2027, 3, 28), EIGHT, VN);
        assertThat(sentToday("D-3")).isTrue();
        assertThat(next()).contains(startOf(3, 30));
    }

    @Test
    void aRunReadsOnlyOccurrencesWhoseNextStageHasCome() {
        Instant before = LocalDate.of(2027, 3, 23).atTime(EIGHT).atZone(VN).toInstant();
        Instant on = LocalDate.of(2027, 3, 24).atTime(EIGHT).atZone(VN).toInstant();
        List<String> zones = List.of(VN.getId());

        assertThat(world.occurrences.openToRemind(before, before.minusSeconds(86_400 * 30), before.plusSeconds(86_400 * 30), zones))
                .extracting(Occurrence::id).doesNotContain(monthly().id());
        assertThat(world.occurrences.openToRemind(on, on.minusSeconds(86_400 * 30), on.plusSeconds(86_400 * 30), zones))
                .extracting(Occurrence::id).contains(monthly().id());
    }

    @Test
    void anAnswerHasTheNextStageWorkedOutAgain() {
        world.runAt(LocalDate.of(2027, 3, 24), EIGHT, VN);
        world.newlySent();

        world.answer(monthly(), StatusEntry.of(StatusMeaning.REMIND_TOMORROW), LocalDate.of(2027, 3, 24).atTime(21, 0).atZone(VN).toInstant());
        assertThat(next()).as("not worked out until the next run").isEmpty();

        world.runAt(LocalDate.of(2027, 3, 25), EIGHT, VN);
        assertThat(sentToday("R2027-03-25")).as("the reminder asked for is sent").isTrue();
        assertThat(next()).contains(startOf(3, 28));
    }

    @Test
    void aClosingAnswerLeavesNoNextReminder() {
        world.answer(monthly(), StatusEntry.of(StatusMeaning.DONE), LocalDate.of(2027, 3, 20).atTime(10, 0).atZone(VN).toInstant());

        assertThat(next()).isEmpty();
        world.runAt(LocalDate.of(2027, 3, 24), EIGHT, VN);
        assertThat(world.newlySent()).isEmpty();
    }

    @Test
    void aPostponementMovesTheNextStageWithTheDeadline() {
        LocalDate deadline = monthly().deadline().plusDays(14);
        world.occurrences.extend(monthly().id(), deadline, deadline.atStartOfDay(VN).toInstant());
        assertThat(next()).isEmpty();

        world.runAt(LocalDate.of(2027, 3, 24), EIGHT, VN);

        assertThat(world.newlySent()).as("D-7 of the old deadline is not sent").isEmpty();
        LocalDate newD7 = world.settings.calendar().sendingDay(deadline.minusDays(1).minusDays(7));
        assertThat(next()).contains(newD7.atStartOfDay(VN).toInstant());
    }

    @Test
    void aPausedDutyIsNeverDueUntilItResumes() {
        long obligation = monthly().obligationId();
        world.obligations.setPaused(obligation, true);
        assertThat(next()).isEmpty();

        world.runAt(LocalDate.of(2027, 3, 24), EIGHT, VN);
        assertThat(world.newlySent()).isEmpty();
        assertThat(next()).hasValueSatisfying(at -> assertThat(at).isAfter(Instant.parse("2100-01-01T00:00:00Z")));

        world.obligations.setPaused(obligation, false);
        assertThat(next()).isEmpty();
        world.runAt(LocalDate.of(2027, 3, 24), LocalTime.of(9, 0), VN);
        assertThat(sentToday("D-7")).isTrue();
        assertThat(next()).contains(startOf(3, 28));
    }
}
