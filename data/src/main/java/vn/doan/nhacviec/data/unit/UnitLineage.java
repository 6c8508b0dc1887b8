package vn.doan.nhacviec.data.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where units stood in the tree on a given day: the earliest former path still valid after that
 * day, else the current path. Former paths are kept in order of {@code validUntil}.
 */
public final class UnitLineage {

    /** A path a unit had until {@code validUntil} (exclusive). */
    public record FormerPath(String path, LocalDate validUntil) {
    }

    private static final UnitLineage NONE = new UnitLineage(Map.of());

    private final Map<Long, List<FormerPath>> formerPaths;

    UnitLineage(Map<Long, List<FormerPath>> formerPaths) {
        this.formerPaths = formerPaths;
    }

    /** A tree no reform has changed: every unit's path is its current one. */
    public static UnitLineage none() {
        return NONE;
    }

    public String pathOn(Unit unit, LocalDate day) {
        for (FormerPath former : formerPaths.getOrDefault(unit.id(), List.of())) {
            if (former.validUntil().isAfter(day)) {
                return former.path();
            }
        }
        return unit.path();
    }

    /** Whether the unit was in the subtree of {@code ancestor} (itself included) on {@code day}. */
    public boolean wasInside(Unit unit, Unit ancestor, LocalDate day) {
        return pathOn(unit, day).contains("/" + ancestor.id() + "/");
    }

    /** The units that were at some time under {@code ancestor} and have since been moved by a reform. */
    public Set<Long> formerlyInside(Unit ancestor) {
        String mark = "/" + ancestor.id() + "/";
        return formerPaths.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> p.path().contains(mark)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
