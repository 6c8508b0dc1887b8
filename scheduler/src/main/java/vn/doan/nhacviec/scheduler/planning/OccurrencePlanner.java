package vn.doan.nhacviec.scheduler.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.planning.OccurrenceCoverage;
import vn.doan.nhacviec.data.planning.OpenOccurrence;
import vn.doan.nhacviec.data.planning.PlanReach;
import vn.doan.nhacviec.data.planning.ReplanRequest;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.recurrence.Period;
import vn.doan.nhacviec.scheduler.recurrence.PeriodCalculator;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Creates the occurrences the catalogue implies: for every plan in force, every obligation that is
 * not paused, and every active unit the plan binds (those in its issuer's subtree on the day it was
 * issued, see {@link PlanReach}) that the obligation's assignee
 * selects, one occurrence per period that starts within the horizon and is not yet due. A (unit,
 * obligation) that has no occurrence at all yet (a new database, a new unit or obligation) also gets
 * the latest period whose deadline fell within the look-back, open, so it is overdue and chased.
 * Existing occurrences are never touched by planning ahead, so a changed definition only shapes
 * future periods and running it again creates nothing twice.
 *
 * <p>{@link #replan} does the same for a part of the tree or one obligation after a change, and
 * closes the open occurrences that no longer apply (excused as {@value #NO_LONGER_APPLIES}).
 */
@Service
public class OccurrencePlanner {

    /** The reason kept in the status log of an occurrence closed by a re-plan. */
    public static final String NO_LONGER_APPLIES = "không còn áp dụng";

    private static final Logger log = LoggerFactory.getLogger(OccurrencePlanner.class);
    private static final ZoneId DEFAULT_ZONE = VietnamTime.ZONE;

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final OccurrenceRepository occurrences;
    private final OccurrenceCoverage coverage;
    private final PlanReach reach;
    private final PlanningProperties properties;
    private final Clock clock;
    /** Planning ahead and re-plans do not interleave: a re-plan's "current period only" must not meet a look-back. */
    private final ReentrantLock lock = new ReentrantLock();

    public OccurrencePlanner(PlanRepository plans, ObligationRepository obligations, UnitRepository units,
                             OccurrenceRepository occurrences, OccurrenceCoverage coverage, PlanReach reach,
                             PlanningProperties properties, Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.units = units;
        this.occurrences = occurrences;
        this.coverage = coverage;
        this.reach = reach;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a re-plan did. */
    public record Replanned(int created, int closed) {
    }

    /** Plans from today; returns how many occurrences were created. */
    public int planAhead() {
        lock.lock();
        try {
            List<Unit> active = units.allActive();
            PlanReach.Snapshot tree = reach.snapshot();
            int created = 0;
            for (Plan plan : plans.findAll()) {
                Optional<Unit> issuer = tree.issuer(plan);
                if (issuer.isEmpty()) {
                    continue;
                }
                List<Unit> subtree = tree.bound(plan, issuer.get(), active);
                for (Obligation obligation : obligations.findByPlan(plan.id())) {
                    if (!obligation.paused()) {
                        created += occurrences.createMissing(occurrencesFor(plan, obligation, subtree,
                                coverage.unitsWithAny(obligation.id())));
                    }
                }
            }
            log.info("Planning created {} occurrences", created);
            return created;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Re-plans the units a change concerns: the subtree of {@code request.unitPath()}, the units of
     * {@code request.obligationId()}, or everything. Units a duty now applies to get it from the
     * current period (and, with {@code lookBack}, the latest period already due if they never had
     * it); open occurrences that no longer apply are closed as excused, never deleted. A paused
     * obligation's periods that have not started yet are closed the same way.
     */
    public Replanned replan(ReplanRequest request) {
        lock.lock();
        try {
            return replanLocked(request);
        } finally {
            lock.unlock();
        }
    }

    private Replanned replanLocked(ReplanRequest request) {
        PlanReach.Snapshot tree = reach.snapshot();
        List<Unit> inScope = unitsInScope(request, tree);
        Map<Long, Obligation> concerned = new HashMap<>();
        Map<Long, Set<Long>> owing = new HashMap<>();
        int created = 0;
        for (Plan plan : plans.findAll()) {
            List<Obligation> ofPlan = obligations.findByPlan(plan.id()).stream()
                    .filter(o -> request.obligationId() == null || o.id() == request.obligationId()).toList();
            if (ofPlan.isEmpty()) {
                continue;
            }
            List<Unit> covered = tree.issuer(plan).map(i -> tree.bound(plan, i, inScope)).orElse(List.of());
            for (Obligation obligation : ofPlan) {
                concerned.put(obligation.id(), obligation);
                if (obligation.paused()) {
                    continue;
                }
                List<Unit> matching = covered.stream().filter(u -> obligation.assignee().matches(u.level(), u.tags())).toList();
                owing.put(obligation.id(), matching.stream().map(Unit::id).collect(Collectors.toSet()));
                created += occurrences.createMissing(occurrencesFor(plan, obligation, matching,
                        request.lookBack() ? coverage.unitsWithAny(obligation.id()) : null));
            }
        }
        List<OpenOccurrence> open = request.unitPath() != null ? coverage.openInSubtree(request.unitPath())
                : request.obligationId() != null ? coverage.openOf(request.obligationId()) : coverage.allOpen();
        Map<Long, ZoneId> zones = inScope.stream().collect(Collectors.toMap(Unit::id, Unit::zone, (a, b) -> a));
        List<Long> noLongerApplying = new ArrayList<>();
        for (OpenOccurrence occurrence : open) {
            Obligation obligation = concerned.get(occurrence.obligationId());
            if (obligation == null) {
                continue;
            }
            if (obligation.paused()) {
                LocalDate today = LocalDate.now(clock.withZone(zones.getOrDefault(occurrence.unitId(), DEFAULT_ZONE)));
                if (occurrence.periodStart().isAfter(today)) {
                    noLongerApplying.add(occurrence.id());
                }
            } else if (!owing.getOrDefault(obligation.id(), Set.of()).contains(occurrence.unitId())) {
                noLongerApplying.add(occurrence.id());
            }
        }
        int closed = coverage.excuse(noLongerApplying, clock.instant(), NO_LONGER_APPLIES);
        log.info("Re-plan ({}) created {} occurrences and closed {} that no longer apply", request.reason(), created, closed);
        return new Replanned(created, closed);
    }

    /** The active units a request concerns: a subtree, the units the obligation's plan may bind, or all. */
    private List<Unit> unitsInScope(ReplanRequest request, PlanReach.Snapshot tree) {
        if (request.unitPath() != null) {
            return units.activeInSubtree(request.unitPath(), List.of(Level.values()));
        }
        if (request.obligationId() != null) {
            return obligations.findById(request.obligationId()).flatMap(o -> plans.findById(o.planId()))
                    .flatMap(tree::issuer)
                    .map(tree::candidates)
                    .orElse(List.of());
        }
        return units.allActive();
    }

    /** The periods of an obligation for these units, without look-back. */
    List<NewOccurrence> occurrencesFor(Plan plan, Obligation obligation, List<Unit> subtree) {
        return occurrencesFor(plan, obligation, subtree, null);
    }

    /**
     * @param alreadyPlanned units that have some occurrence of the obligation: the others also get the
     *                       latest period already due within the look-back; null for no look-back
     */
    List<NewOccurrence> occurrencesFor(Plan plan, Obligation obligation, List<Unit> subtree, Set<Long> alreadyPlanned) {
        Map<ZoneId, List<Period>> periodsByZone = new HashMap<>();
        Map<ZoneId, Optional<Period>> latestDueByZone = new HashMap<>();
        List<NewOccurrence> result = new ArrayList<>();
        for (Unit unit : subtree) {
            if (!obligation.assignee().matches(unit.level(), unit.tags())) {
                continue;
            }
            List<Period> periods = new ArrayList<>(periodsByZone.computeIfAbsent(unit.zone(), zone -> periodsInForce(plan, obligation, zone)));
            if (alreadyPlanned != null && !alreadyPlanned.contains(unit.id())) {
                latestDueByZone.computeIfAbsent(unit.zone(), zone -> latestAlreadyDue(plan, obligation, zone)).ifPresent(periods::add);
            }
            for (Period period : periods) {
                result.add(new NewOccurrence(obligation.id(), unit.id(), period.key(), period.start(), period.endExclusive(),
                        period.deadline(), period.dueAt()));
            }
        }
        return result;
    }

    private List<Period> periodsInForce(Plan plan, Obligation obligation, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate until = today.plusDays(properties.horizonDays());
        return PeriodCalculator.periods(obligation.recurrence(), plan.inForceFrom(), zone, today, until).stream()
                .filter(p -> p.dueAt().isAfter(clock.instant()))
                .filter(p -> inForce(plan, p))
                .toList();
    }

    /** The latest period in force whose deadline fell within the look-back, if any. */
    private Optional<Period> latestAlreadyDue(Plan plan, Obligation obligation, ZoneId zone) {
        if (properties.lookBackDays() == 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant earliest = now.minus(Duration.ofDays(properties.lookBackDays()));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // a deadline may come well after its period ends (a year's report the next spring): look a year further back
        LocalDate from = today.minusDays(properties.lookBackDays()).minusYears(1);
        return PeriodCalculator.periods(obligation.recurrence(), plan.inForceFrom(), zone, from, today.plusDays(1)).stream()
                .filter(p -> !p.dueAt().isAfter(now) && !p.dueAt().isBefore(earliest))
                .filter(p -> inForce(plan, p))
                .max(Comparator.comparing(Period::dueAt));
    }

    private static boolean inForce(Plan plan, Period period) {
        LocalDate lastDay = plan.lastDay();
        return period.deadline().isAfter(plan.inForceFrom()) && (lastDay == null || !period.start().isAfter(lastDay));
    }
}
