package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.reminder.StageMark;

/** The stages of one occurrence, as a pure function. */
class ReminderStagesTest {

    final ReminderStages stages = new ReminderStages(ReminderSettings.defaults().calendar());
    final ReminderPolicy standard = ReminderSettings.defaults().policyFor(null);

    static Occurrence occurrence(LocalDate start, LocalDate deadline) {
        return new Occurrence(1, 1, 1, "k", start, deadline, deadline, Instant.EPOCH, OccurrenceState.OPEN, 0, null);
    }

    @Test
    void theStandardPolicyCountsFromTheLastDayOnTime() {
        // "trước ngày 15/05": the last day on time is 14/05
        Occurrence report = occurrence(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 15));
        assertThat(stages.stages(report, standard, List.of())).extracting(Stage::key, Stage::day).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D-7", LocalDate.of(2027, 5, 7)),
                org.assertj.core.groups.Tuple.tuple("D-3", LocalDate.of(2027, 5, 11)),
                org.assertj.core.groups.Tuple.tuple("D-1", LocalDate.of(2027, 5, 13)),
                org.assertj.core.groups.Tuple.tuple("D0", LocalDate.of(2027, 5, 14)),
                org.assertj.core.groups.Tuple.tuple("O1", LocalDate.of(2027, 5, 15)),
                org.assertj.core.groups.Tuple.tuple("O2", LocalDate.of(2027, 5, 18)),
                org.assertj.core.groups.Tuple.tuple("O3", LocalDate.of(2027, 5, 21)),
                org.assertj.core.groups.Tuple.tuple("ESC", LocalDate.of(2027, 5, 24)));
    }

    @Test
    void noReminderBeforeThePeriodStarts() {
        Occurrence weekly = occurrence(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8));
        assertThat(stages.stages(weekly, standard, List.of())).extracting(Stage::key).startsWith("D-3");
    }

    @Test
    void onlyTheLatestStageIsDueAndOnlyUntilItIsHandled() {
        Occurrence report = occurrence(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 15));
        LocalDate today = LocalDate.of(2027, 5, 12);
        assertThat(stages.dueOn(report, standard, List.of(), today, List.of())).map(Stage::key).contains("D-3");
        assertThat(stages.dueOn(report, standard, List.of(), today, List.of(new StageMark(1, "D-3", LocalDate.of(2027, 5, 11)))))
                .isEmpty();
        assertThat(stages.dueOn(report, standard, List.of(), LocalDate.of(2027, 5, 6), List.of())).isEmpty();
    }

    @Test
    void anAskedReminderGivesWayToAStageOfTheSameDay() {
        Occurrence report = occurrence(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 15));
        LocalDate d1 = LocalDate.of(2027, 5, 13);
        assertThat(stages.dueOn(report, standard, List.of(d1), d1, List.of())).map(Stage::key).contains("D-1");
        assertThat(stages.dueOn(report, standard, List.of(d1.minusDays(1)), d1.minusDays(1), List.of()))
                .map(Stage::key).contains("R2027-05-12");
    }
}
