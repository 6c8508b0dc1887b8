package vn.doan.nhacviec.bot.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.text.Codes;
import vn.doan.nhacviec.data.unit.UnitCode;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Answers every "may this person act on this unit" question of a command, a button or an answer:
 * finds the unit, asks the {@link AccessPolicy}, and refuses with one key ({@value #OUTSIDE}) and
 * one audit entry naming the unit and the action. Nothing else happens after a refusal.
 */
@Component
public class UnitScope {

    /** The one refusal for a unit outside the caller's part of the tree. */
    public static final String OUTSIDE = "error.outsideScope";

    private final UnitRepository units;
    private final AccessPolicy access;
    private final AuditLog audit;

    public UnitScope(UnitRepository units, AccessPolicy access, AuditLog audit) {
        this.units = units;
        this.access = access;
        this.audit = audit;
    }

    /** The unit named by {@code code} (the caller needs {@code atLeast} over it), or with a blank code the caller's first own unit. */
    public Unit resolve(Caller caller, String code, Role atLeast, String action) {
        if (code == null || code.isBlank()) {
            List<Unit> own = access.ownUnits(caller);
            if (own.isEmpty()) {
                throw new UserError(AccessPolicy.notBoundKey(caller));
            }
            return own.get(0);
        }
        return named(caller, code, atLeast, action);
    }

    /** The unit named by {@code code}, which must be given; the caller needs {@code atLeast} over it. */
    public Unit named(Caller caller, String code, Role atLeast, String action) {
        if (code == null || code.isBlank()) {
            throw new UserError("admin.unitMissing");
        }
        Unit unit = find(code);
        require(caller, unit, atLeast, action);
        return unit;
    }

    /**
     * The unit named by {@code code}, or with no code the top of the caller's part of the tree where
     * they hold {@code atLeast} (an admin's whole part rather than the branch the chat is bound to).
     */
    public Unit namedOrTop(Caller caller, String code, Role atLeast, String action) {
        if (code != null && !code.isBlank()) {
            return named(caller, code, atLeast, action);
        }
        List<Unit> roots = roots(caller, atLeast);
        if (roots.isEmpty()) {
            throw refused(caller, null, action, "holds no " + atLeast + " role", "error.forbidden");
        }
        return roots.get(0);
    }

    /** The unit with this id (from a button), checked like a named one. */
    public Unit byId(Caller caller, long unitId, Role atLeast, String action) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UserError("error.expiredChoice"));
        require(caller, unit, atLeast, action);
        return unit;
    }

    /**
     * The tops of the caller's subtrees where they hold {@code atLeast} (none inside another), highest
     * first. Retired units are left out: they are no longer part of the tree anyone acts on.
     */
    public List<Unit> roots(Caller caller, Role atLeast) {
        List<Long> ids = caller.roles().stream().filter(r -> r.role().atLeast(atLeast)).map(RoleAssignment::unitId).distinct().toList();
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

    /** Whether the caller holds {@code atLeast} over the unit: no audit, for filtering what is shown. */
    public boolean covers(Caller caller, Unit unit, Role atLeast) {
        return access.covers(caller, unit, atLeast);
    }

    /** Refuses, with an audit entry, unless the caller holds {@code atLeast} over {@code unit}. */
    public void require(Caller caller, Unit unit, Role atLeast, String action) {
        if (!access.covers(caller, unit, atLeast)) {
            throw outside(caller, unit, action, unit.name());
        }
    }

    /**
     * The units the caller's chat is bound to, after refusing (audited) unless the caller holds
     * {@code atLeast} over every one of them: a chat's settings are the business of its units, not
     * of whoever writes there.
     */
    public List<Unit> requireOverChat(Caller caller, Role atLeast, String action) {
        List<Unit> bound = units.findByIds(caller.chatUnitIds());
        bound.forEach(unit -> require(caller, unit, atLeast, action));
        return bound;
    }

    /**
     * Refuses, with an audit entry, unless the caller is admin over the issuer of a plan; an issuer
     * missing from the tree binds nobody yet, so only a top admin may touch its plan.
     */
    public void requireIssuer(Caller caller, String issuerCode, Unit issuer, String action) {
        if (issuer != null) {
            require(caller, issuer, Role.ADMIN, action);
        } else if (!access.isTopAdmin(caller)) {
            throw refused(caller, null, action, "issuer " + issuerCode + " is not in the tree", OUTSIDE, issuerCode);
        }
    }

    /** The refusal for {@code unit} (audited), shown with {@code shown} as the unit's name. */
    public UserError outside(Caller caller, Unit unit, String action, String shown) {
        return refused(caller, unit.id(), action, "outside the caller's part of the tree: " + unit.code(), OUTSIDE, shown);
    }

    /** Audits a refusal and returns the error that tells the caller; the one audit path of every refusal. */
    public UserError refused(Caller caller, Long unitId, String action, String reason, String key, Object... args) {
        auditRefusal(caller, unitId, action, reason);
        return new UserError(key, args);
    }

    /** Audits a refusal that the caller is told of in the feature's own words (a reply rather than an error). */
    public void auditRefusal(Caller caller, Long unitId, String action, String reason) {
        audit.refused(caller.person().id(), unitId, action, reason);
    }

    private Unit find(String code) {
        String trimmed = code.strip();
        return UnitCode.parse(trimmed).flatMap(c -> units.findByCode(c.value()))
                .orElseThrow(() -> new UserError("error.unknownUnit", Codes.shown(trimmed)));
    }
}
