package vn.doan.nhacviec.data.planning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.unit.FormerPaths;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitLineage;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Which units a plan binds: the units that were in its issuer's subtree on the day it was issued
 * (a Kiên Giang plan of 2021 binds the former Kiên Giang communes now under An Giang, and nobody
 * else). Only reforms keep former paths, so without one this is the issuer's current subtree. The
 * issuer may since have been merged away.
 */
@Service
public class PlanReach {

    private final UnitRepository units;
    private final FormerPaths formerPaths;

    public PlanReach(UnitRepository units, FormerPaths formerPaths) {
        this.units = units;
        this.formerPaths = formerPaths;
    }

    /** A snapshot of the tree's history for many plans at once. */
    public Snapshot snapshot() {
        return new Snapshot(formerPaths.lineage());
    }

    public final class Snapshot {

        private final UnitLineage lineage;

        private Snapshot(UnitLineage lineage) {
            this.lineage = lineage;
        }

        /** The plan's issuer, retired or not. */
        public Optional<Unit> issuer(Plan plan) {
            return units.findByCode(plan.issuerCode());
        }

        /** Those of {@code candidates} the plan binds. */
        public List<Unit> bound(Plan plan, Unit issuer, List<Unit> candidates) {
            return candidates.stream().filter(u -> lineage.wasInside(u, issuer, plan.issuedOn())).toList();
        }

        /** The active units the plan may bind: the issuer's subtree now, and those a reform moved out of it. */
        public List<Unit> candidates(Unit issuer) {
            List<Unit> now = units.activeInSubtree(issuer.path(), List.of(Level.values()));
            Set<Long> movedOut = lineage.formerlyInside(issuer);
            if (movedOut.isEmpty()) {
                return now;
            }
            Set<Long> seen = new java.util.HashSet<>(now.stream().map(Unit::id).toList());
            List<Unit> all = new java.util.ArrayList<>(now);
            units.findByIds(movedOut.stream().filter(id -> !seen.contains(id)).toList()).stream()
                    .filter(u -> !u.retired()).forEach(all::add);
            return all;
        }
    }
}
