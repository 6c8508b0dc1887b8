package vn.doan.nhacviec.bot.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.bot.report.ComplianceReport.ObligationLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.OverdueUnit;
import vn.doan.nhacviec.bot.report.ComplianceReport.TargetLine;
import vn.doan.nhacviec.bot.report.ComplianceReport.UnitLine;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.report.ComplianceCounts;
import vn.doan.nhacviec.data.report.ComplianceRepository;
import vn.doan.nhacviec.data.report.OverdueItem;
import vn.doan.nhacviec.data.report.QuantityRow;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Builds the {@link ComplianceReport} of a subtree and a period from the occurrences, as they stand now. */
@Service
class ComplianceReports {

    private final ComplianceRepository figures;
    private final ObligationRepository obligations;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final ChatRepository chats;
    private final PersonRepository people;
    private final EvidenceRepository evidence;
    private final Clock clock;

    ComplianceReports(ComplianceRepository figures, ObligationRepository obligations, PlanRepository plans, UnitRepository units,
                      ChatRepository chats, PersonRepository people, EvidenceRepository evidence, Clock clock) {
        this.figures = figures;
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.chats = chats;
        this.people = people;
        this.evidence = evidence;
        this.clock = clock;
    }

    ComplianceReport build(Unit root, ReportPeriod period) {
        Instant now = clock.instant();
        Map<Long, Obligation> catalogue = new HashMap<>();
        obligations.findAll().forEach(o -> catalogue.put(o.id(), o));
        Map<Long, Unit> subtree = new LinkedHashMap<>();
        units.subtree(root).forEach(u -> subtree.put(u.id(), u));

        List<ObligationLine> byObligation = new ArrayList<>();
        ComplianceCounts total = ComplianceCounts.NONE;
        for (var entry : figures.byObligation(root.path(), period.first(), period.last(), now).entrySet()) {
            byObligation.add(new ObligationLine(catalogue.get(entry.getKey()), entry.getValue()));
            total = total.plus(entry.getValue());
        }
        byObligation.sort(Comparator.comparing(ObligationLine::counts, ComplianceReport.WORST_FIRST)
                .thenComparing(l -> l.obligation().title()));

        return new ComplianceReport(root, period, now, total, byObligation, byChild(root, subtree, period, now),
                targets(root, subtree, period, catalogue), overdue(root, subtree, catalogue, now),
                evidence.answersWithEvidence(root.path(), period.first(), period.last()));
    }

    /** Every unit's counts added into the child of the root whose subtree holds it. */
    private List<UnitLine> byChild(Unit root, Map<Long, Unit> subtree, ReportPeriod period, Instant now) {
        Map<Long, ComplianceCounts> byChild = new LinkedHashMap<>();
        for (var entry : figures.byUnit(root.path(), period.first(), period.last(), now).entrySet()) {
            Unit unit = subtree.get(entry.getKey());
            if (unit != null) {
                byChild.merge(childOf(root, unit), entry.getValue(), ComplianceCounts::plus);
            }
        }
        List<UnitLine> lines = new ArrayList<>();
        for (Unit child : units.children(root.id())) {
            if (!child.retired() || byChild.containsKey(child.id())) {
                lines.add(new UnitLine(child, false, byChild.getOrDefault(child.id(), ComplianceCounts.NONE)));
            }
        }
        if (byChild.containsKey(root.id())) {
            lines.add(new UnitLine(root, true, byChild.get(root.id())));
        }
        lines.sort(Comparator.comparing(UnitLine::counts, ComplianceReport.WORST_FIRST).thenComparing(l -> l.unit().name()));
        return lines;
    }

    private List<TargetLine> targets(Unit root, Map<Long, Unit> subtree, ReportPeriod period, Map<Long, Obligation> catalogue) {
        List<Long> counted = catalogue.values().stream().filter(o -> o.countsQuantity() && o.definition().completion().target() != null)
                .map(Obligation::id).toList();
        Map<Long, List<QuantityRow>> rows = new LinkedHashMap<>();
        figures.quantities(root.path(), counted, period.first(), period.last())
                .forEach(r -> rows.computeIfAbsent(r.obligationId(), o -> new ArrayList<>()).add(r));
        List<TargetLine> lines = new ArrayList<>();
        for (var entry : rows.entrySet()) {
            Obligation obligation = catalogue.get(entry.getKey());
            Completion completion = obligation.definition().completion();
            Completion.TargetScope scope = completion.targetScope() == null ? Completion.TargetScope.UNIT : completion.targetScope();
            double sum = entry.getValue().stream().mapToDouble(QuantityRow::quantity).sum();
            int reached = (int) entry.getValue().stream().filter(r -> r.quantity() >= completion.target()).count();
            lines.add(new TargetLine(obligation, completion.unit() == null ? "" : completion.unit(), sum, completion.target(), scope,
                    issuer(obligation).orElse(null), entry.getValue().size(), reached));
        }
        lines.sort(Comparator.comparing((TargetLine l) -> l.obligation().title()));
        return lines;
    }

    private Optional<Unit> issuer(Obligation obligation) {
        return plans.findById(obligation.planId()).map(Plan::issuerCode).flatMap(units::findByCode);
    }

    private List<OverdueUnit> overdue(Unit root, Map<Long, Unit> subtree, Map<Long, Obligation> catalogue, Instant now) {
        Map<Long, List<OverdueLine>> byUnit = new LinkedHashMap<>();
        for (OverdueItem item : figures.overdue(root.path(), now)) {
            Unit unit = subtree.get(item.unitId());
            LocalDate today = LocalDate.ofInstant(now, unit.zone());
            byUnit.computeIfAbsent(item.unitId(), u -> new ArrayList<>())
                    .add(new OverdueLine(catalogue.get(item.obligationId()), item, ChronoUnit.DAYS.between(item.lastDay(), today)));
        }
        List<OverdueUnit> result = new ArrayList<>();
        for (var entry : byUnit.entrySet()) {
            Unit unit = subtree.get(entry.getKey());
            List<Person> secretaries = people.activeRolesAt(unit.id()).stream().filter(r -> r.role() == Role.SECRETARY)
                    .map(r -> people.findById(r.personId())).flatMap(Optional::stream).toList();
            result.add(new OverdueUnit(unit, entry.getValue(), chats.boundTo(unit.id()), secretaries));
        }
        result.sort(Comparator.comparing((OverdueUnit u) -> u.items().size()).reversed()
                .thenComparing(u -> u.items().stream().mapToLong(OverdueLine::daysLate).max().orElse(0), Comparator.reverseOrder())
                .thenComparing(u -> u.unit().path()));
        return result;
    }

    /** The id of the root's child whose subtree holds {@code unit}, or the root's own id for the root. */
    static long childOf(Unit root, Unit unit) {
        if (unit.id() == root.id()) {
            return root.id();
        }
        String rest = unit.path().substring(root.path().length());
        return Long.parseLong(rest.substring(0, rest.indexOf('/')));
    }
}
