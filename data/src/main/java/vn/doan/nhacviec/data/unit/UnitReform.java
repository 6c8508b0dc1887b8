package vn.doan.nhacviec.data.unit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * An administrative reform run once: each dissolved unit's active children move directly under
 * {@code into} and the unit is retired as merged into it. Every moved unit's path before the move is
 * kept (see {@link FormerPaths}), so the plans issued before the reform keep binding exactly the
 * units they bound; every move and merge is in the unit history.
 */
@Service
public class UnitReform {

    private final UnitRepository units;
    private final FormerPaths formerPaths;
    private final TransactionOperations transactions;

    public UnitReform(UnitRepository units, FormerPaths formerPaths, TransactionOperations transactions) {
        this.units = units;
        this.formerPaths = formerPaths;
        this.transactions = transactions;
    }

    /** What a reform did: the units dissolved, and how many units moved under the target. */
    public record Reformed(List<Unit> dissolved, Unit into, int moved) {
    }

    /**
     * @param effective the first day of the new tree: plans issued before it keep their old reach
     * @throws IllegalArgumentException when a unit is the root, retired, the target, or above the target
     */
    public Reformed dissolveInto(List<Unit> dissolved, Unit into, LocalDate effective, Long actorId) {
        for (Unit unit : dissolved) {
            if (unit.parentId() == null || unit.retired() || unit.id() == into.id() || into.isInside(unit)) {
                throw new IllegalArgumentException("cannot dissolve " + unit.code() + " into " + into.code());
            }
        }
        if (into.retired()) {
            throw new IllegalArgumentException(into.code() + " is retired");
        }
        return transactions.execute(status -> {
            int moved = 0;
            for (Unit stale : dissolved) {
                Unit unit = units.findById(stale.id()).orElseThrow();
                formerPaths.keepPathsUnder(unit.path(), effective);
                for (Unit child : units.children(unit.id())) {
                    if (!child.retired()) {
                        units.move(child.id(), into.id(), actorId);
                        moved++;
                    }
                }
                units.retire(unit.id(), into.id(), actorId);
            }
            return new Reformed(dissolved, into, moved);
        });
    }
}
