package vn.doan.nhacviec.bot.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.UserError;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The part of the tree a staff member acts over: the subtrees of the units where they are staff or
 * admin. A unit outside them is refused with an audit entry naming the unit and the action, and
 * nothing else happens.
 */
@Component
public class StaffScope {

    private final UnitRepository units;
    private final AccessPolicy access;
    private final AuditLog audit;

    public StaffScope(UnitRepository units, AccessPolicy access, AuditLog audit) {
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The tops of the caller's staff subtrees (none inside another), highest first. */
    public List<Unit> roots(Caller caller) {
        List<Long> ids = caller.roles().stream().filter(r -> r.role().atLeast(Role.STAFF)).map(RoleAssignment::unitId).distinct().toList();
        List<Unit> found = units.findByIds(ids).stream().filter(u -> !u.retired())
                .sorted(Comparator.comparingInt(Unit::depth).thenComparing(Unit::name)).toList();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : found) {
            if (roots.stream().noneMatch(unit::isInside)) {
                roots.add(unit);
            }
        }
        return roots;
    }

    /** The caller's main subtree: the highest unit where they are staff. */
    public Unit primaryRoot(Caller caller) {
        List<Unit> roots = roots(caller);
        if (roots.isEmpty()) {
            throw new UserError("error.forbidden");
        }
        return roots.get(0);
    }

    /** The unit with this code, or with a blank code the caller's main subtree; refused (and audited) outside the caller's subtrees. */
    public Unit resolve(Caller caller, String code, String action) {
        if (code == null || code.isBlank()) {
            return primaryRoot(caller);
        }
        String trimmed = code.strip();
        if (trimmed.length() > 64) {
            throw new UserError("error.unknownUnit", trimmed.substring(0, 64) + "…");
        }
        Unit unit = units.findByCode(trimmed.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UserError("error.unknownUnit", trimmed));
        check(caller, unit, action);
        return unit;
    }

    public Unit resolve(Caller caller, long unitId, String action) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UserError("error.expiredChoice"));
        check(caller, unit, action);
        return unit;
    }

    /** Refuses, with an audit entry, a unit the caller is not staff over. */
    public void check(Caller caller, Unit unit, String action) {
        if (!access.covers(caller, unit, Role.STAFF)) {
            audit.refused(caller.person().id(), unit.id(), action, "outside the caller's subtree: " + unit.code());
            throw new UserError("staff.outsideScope", unit.name());
        }
    }

    /** Whether the caller is staff over the unit (no audit: for filtering lists). */
    public boolean covers(Caller caller, Unit unit) {
        return access.covers(caller, unit, Role.STAFF);
    }
}
