package vn.doan.nhacviec.bot.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.doan.nhacviec.data.catalog.Completion.TargetScope;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.report.ComplianceCounts;
import vn.doan.nhacviec.data.report.OverdueItem;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The figures of one subtree for one period, in every view staff see (text, CSV, workbook, chart).
 *
 * @param obligations per obligation, worst first
 * @param units       per child unit (its whole subtree), worst first; the root itself too when it has duties of its own
 * @param targets     numeric targets: quantities reported over the subtree against the target
 * @param overdue     units of the subtree with occurrences overdue at {@code generatedAt}, most overdue first
 * @param answersWithEvidence answers about the period's occurrences that came with a photo as evidence
 */
record ComplianceReport(Unit root, ReportPeriod period, Instant generatedAt, ComplianceCounts total, List<ObligationLine> obligations,
                        List<UnitLine> units, List<TargetLine> targets, List<OverdueUnit> overdue, long answersWithEvidence) {

    /** Least on-time first (nothing due last), then most not done, then most late. */
    static final Comparator<ComplianceCounts> WORST_FIRST = Comparator
            .comparing((ComplianceCounts c) -> c.due() == 0)
            .thenComparingDouble(ComplianceCounts::onTimeRate)
            .thenComparing(Comparator.comparingInt(ComplianceCounts::missed).reversed())
            .thenComparing(Comparator.comparingInt(ComplianceCounts::late).reversed());

    record ObligationLine(Obligation obligation, ComplianceCounts counts) {
    }

    /** @param rootItself the root's own duties (not those of a child) */
    record UnitLine(Unit unit, boolean rootItself, ComplianceCounts counts) {
    }

    /**
     * @param reported       the sum reported over the subtree
     * @param target         the target (per unit for {@code UNIT} scope, for the issuer's whole area for {@code SUBTREE})
     * @param issuer         the unit whose area the target is for
     * @param unitsAssigned  units of the subtree with an occurrence of it in the period
     * @param unitsReached   of those, units whose own sum reached the target ({@code UNIT} scope)
     */
    record TargetLine(Obligation obligation, String countedIn, double reported, double target, TargetScope scope, Unit issuer,
                      int unitsAssigned, int unitsReached) {

        /** Whether the report's subtree is the target's whole area, so the sum can be read against the target. */
        boolean wholeArea(Unit root) {
            return issuer == null || issuer.isInside(root);
        }

        /** Reported over target, 0–1 and above; for unit-scoped targets against target × units. */
        double ratio() {
            double goal = scope == TargetScope.UNIT ? target * unitsAssigned : target;
            return goal <= 0 ? 0 : reported / goal;
        }
    }

    record OverdueUnit(Unit unit, List<OverdueLine> items, List<Chat> chats, List<Person> secretaries) {
    }

    record OverdueLine(Obligation obligation, OverdueItem item, long daysLate) {
    }

    int overdueItems() {
        return overdue.stream().mapToInt(u -> u.items().size()).sum();
    }
}
