package vn.doan.nhacviec.scheduler.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.occurrence.NewOccurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.recurrence.Period;
import vn.doan.nhacviec.scheduler.recurrence.PeriodCalculator;

/**
 * Creates the occurrences the catalogue implies: for every plan in force, every obligation that is
 * not paused, and every active unit inside the issuer's subtree that the obligation's assignee
 * selects, one occurrence per period that starts within the horizon and is not yet due. Existing
 * occurrences are never touched, so a changed definition only shapes future periods and running
 * it again creates nothing twice.
 */
@Service
public class OccurrencePlanner {

    private static final Logger log = LoggerFactory.getLogger(OccurrencePlanner.class);

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final OccurrenceRepository occurrences;
    private final PlanningProperties properties;
    private final Clock clock;

    public OccurrencePlanner(PlanRepository plans, ObligationRepository obligations, UnitRepository units,
                             OccurrenceRepository occurrences, PlanningProperties properties, Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.units = units;
        this.occurrences = occurrences;
        this.properties = properties;
        this.clock = clock;
    }

    /** Plans from today; returns how many occurrences were created. */
    public int planAhead() {
        List<Unit> active = units.allActive();
        int created = 0;
        for (Plan plan : plans.findAll()) {
            Optional<Unit> issuer = active.stream().filter(u -> u.code().equals(plan.issuerCode())).findFirst();
            if (issuer.isEmpty()) {
                continue;
            }
            List<Unit> subtree = active.stream().filter(u -> u.isInside(issuer.get())).toList();
            for (Obligation obligation : obligations.findByPlan(plan.id())) {
                if (!obligation.paused()) {
                    created += occurrences.createMissing(occurrencesFor(plan, obligation, subtree));
                }
            }
        }
        log.info("Planning created {} occurrences", created);
        return created;
    }

    List<NewOccurrence> occurrencesFor(Plan plan, Obligation obligation, List<Unit> subtree) {
        Map<ZoneId, List<Period>> periodsByZone = new HashMap<>();
        List<NewOccurrence> result = new ArrayList<>();
        for (Unit unit : subtree) {
            if (!obligation.assignee().matches(unit.level(), unit.tags())) {
                continue;
            }
            List<Period> periods = periodsByZone.computeIfAbsent(unit.zone(), zone -> periodsInForce(plan, obligation, zone));
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
        LocalDate lastDay = plan.lastDay();
        return PeriodCalculator.periods(obligation.recurrence(), plan.inForceFrom(), zone, today, until).stream()
                .filter(p -> p.dueAt().isAfter(clock.instant()))
                .filter(p -> p.deadline().isAfter(plan.inForceFrom()))
                .filter(p -> lastDay == null || !p.start().isAfter(lastDay))
                .toList();
    }
}
