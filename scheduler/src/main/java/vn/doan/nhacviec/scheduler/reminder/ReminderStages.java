package vn.doan.nhacviec.scheduler.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.reminder.StageMark;

/**
 * The reminders of one occurrence under a policy, and which one is due on a day. A pure function of
 * its inputs.
 *
 * <p>Only the latest stage whose day has come is ever due: after an outage or a run of quiet days
 * the stages that were passed over are not sent one by one; the latest one stands for them, once.
 */
public final class ReminderStages {

    // On one day a stage of the policy comes after a reminder the unit asked for, so it is the one sent.
    private static final Comparator<Stage> ORDER = Comparator.comparing(Stage::day)
            .thenComparing(stage -> stage.kind() == Stage.Kind.ASKED ? 0 : 1);

    private final SendingCalendar calendar;

    public ReminderStages(SendingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Every stage of the occurrence, in sending order.
     *
     * @param askedFor the days the unit asked to be reminded on ("nhắc lại mai" said the day before)
     */
    public List<Stage> stages(Occurrence occurrence, ReminderPolicy policy, Collection<LocalDate> askedFor) {
        LocalDate last = occurrence.lastDay();
        List<Stage> stages = new ArrayList<>();
        for (int days : policy.daysBefore()) {
            LocalDate day = last.minusDays(days);
            // a reminder before the period has started would be about something not yet to do
            if (!day.isBefore(occurrence.periodStart())) {
                stages.add(stage("D-" + days, Stage.Kind.BEFORE, day));
            }
        }
        if (policy.onDueDay()) {
            stages.add(stage("D0", Stage.Kind.DUE_DAY, last));
        }
        for (int k = 1; k <= policy.overdueTimes(); k++) {
            stages.add(stage("O" + k, Stage.Kind.OVERDUE, last.plusDays(1 + (long) (k - 1) * policy.overdueEveryDays())));
        }
        if (policy.escalate()) {
            stages.add(stage("ESC", Stage.Kind.ESCALATION, last.plusDays(1 + (long) policy.overdueTimes() * policy.overdueEveryDays())));
        }
        for (LocalDate day : askedFor) {
            stages.add(stage("R" + day, Stage.Kind.ASKED, day));
        }
        stages.sort(ORDER);
        return stages;
    }

    /** The latest stage whose day has come by {@code today}, if there is one. */
    public Optional<Stage> latestBy(List<Stage> stages, LocalDate today) {
        Stage latest = null;
        for (Stage stage : stages) {
            if (stage.day().isAfter(today)) {
                break;
            }
            latest = stage;
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The stage to send today, if any: the latest one whose day has come, unless it, or a stage of
     * the same day or later, was handled already.
     */
    public Optional<Stage> dueOn(Occurrence occurrence, ReminderPolicy policy, Collection<LocalDate> askedFor,
                                 LocalDate today, Collection<StageMark> handled) {
        return latestBy(stages(occurrence, policy, askedFor), today)
                .filter(stage -> handled.stream().noneMatch(mark ->
                        mark.stage().equals(stage.key()) || !mark.stageDay().isBefore(stage.day())));
    }

    /**
     * The day of the first stage not handled yet (neither itself nor a stage of the same day or later
     * was handled), if any: the day the occurrence is next to be reminded of. It is today or earlier
     * when a stage is due and not sent.
     */
    public Optional<LocalDate> nextDay(List<Stage> stages, Collection<StageMark> handled) {
        for (Stage stage : stages) {
            if (handled.stream().noneMatch(mark -> mark.stage().equals(stage.key()) || !mark.stageDay().isBefore(stage.day()))) {
                return Optional.of(stage.day());
            }
        }
        return Optional.empty();
    }

    private Stage stage(String key, Stage.Kind kind, LocalDate day) {
        return new Stage(key, kind, calendar.sendingDay(day));
    }
}
