package vn.doan.nhacviec.bot.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.planning.PlanReach;
import vn.doan.nhacviec.data.report.ComplianceRepository;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusRecorder;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.recurrence.Period;
import vn.doan.nhacviec.scheduler.recurrence.PeriodCalculator;

/**
 * The terminal demo: on a database with no past occurrences, makes up last month's answers to the
 * monthly duties of the demo tree, so that reports, charts and the overdue list have something to
 * show. Each (unit, duty) gets a fixed outcome: half on time, a fifth late, a tenth excused, a
 * fifth still open and so overdue. Marked "[demo]" in the status log. Off with
 * {@code nhacviec.demo.history=false}.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = {"nhacviec.demo.enabled", "nhacviec.demo.history"}, havingValue = "true", matchIfMissing = true)
class DemoHistory implements ApplicationRunner {

    private static final String RAW_TEXT = "[demo]";

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final OccurrenceRepository occurrences;
    private final ComplianceRepository figures;
    private final StatusRecorder recorder;
    private final PlanReach reach;
    private final Clock clock;

    DemoHistory(PlanRepository plans, ObligationRepository obligations, UnitRepository units, OccurrenceRepository occurrences,
                ComplianceRepository figures, StatusRecorder recorder, PlanReach reach, Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.units = units;
        this.occurrences = occurrences;
        this.figures = figures;
        this.recorder = recorder;
        this.reach = reach;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (figures.dueBefore(clock.instant()) > 0) {
            return;
        }
        List<Unit> active = units.allActive();
        PlanReach.Snapshot tree = reach.snapshot();
        for (Plan plan : plans.findAll()) {
            Optional<Unit> issuer = tree.issuer(plan);
            if (issuer.isEmpty()) {
                continue;
            }
            List<Unit> bound = tree.bound(plan, issuer.get(), active);
            for (Obligation obligation : obligations.findByPlan(plan.id())) {
                if (!obligation.paused() && obligation.recurrence().every() == Recurrence.Frequency.MONTH) {
                    makeUp(plan, obligation, bound);
                }
            }
        }
    }

    private void makeUp(Plan plan, Obligation obligation, List<Unit> subtree) {
        List<Unit> assigned = subtree.stream().filter(u -> obligation.assignee().matches(u.level(), u.tags())).toList();
        List<NewOccurrence> planned = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (Unit unit : assigned) {
            LocalDate lastMonth = LocalDate.now(clock.withZone(unit.zone())).withDayOfMonth(1).minusMonths(1);
            Optional<Period> period = PeriodCalculator.periodContaining(obligation.recurrence(), plan.inForceFrom(), unit.zone(), lastMonth)
                    .filter(p -> !p.dueAt().isAfter(clock.instant()));
            period.ifPresent(p -> planned.add(new NewOccurrence(obligation.id(), unit.id(), p.key(), p.start(), p.endExclusive(),
                    p.deadline(), p.dueAt())));
            periods.add(period.orElse(null));
        }
        occurrences.createMissing(planned);
        for (int i = 0; i < assigned.size(); i++) {
            Unit unit = assigned.get(i);
            Period period = periods.get(i);
            if (period == null) {
                continue;
            }
            int outcome = Math.floorMod((unit.code() + obligation.code()).hashCode(), 10);
            StatusEntry entry = switch (outcome) {
                case 0, 1, 2, 3, 4 -> new StatusEntry(StatusMeaning.DONE, null, null, period.lastDay().minusDays(3), null, null);
                case 5, 6 -> new StatusEntry(StatusMeaning.DONE, null, null, period.deadline().plusDays(2), null, null);
                case 7 -> StatusEntry.of(StatusMeaning.EXCUSED);
                default -> null;
            };
            if (entry != null) {
                occurrences.find(obligation.id(), unit.id(), period.key())
                        .ifPresent(o -> recorder.record(o, null, null, RAW_TEXT, entry, unit.zone()));
            }
        }
    }
}
