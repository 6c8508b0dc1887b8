package vn.doan.nhacviec.bot.admin;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.command.UnitResolver;
import vn.doan.nhacviec.bot.conversation.UserError;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** The part of the tree an admin or staff command acts on, checked against the caller's roles. */
@Component
public class AdminScope {

    private final UnitResolver resolver;
    private final AccessPolicy access;
    private final UnitRepository units;

    public AdminScope(UnitResolver resolver, AccessPolicy access, UnitRepository units) {
        this.resolver = resolver;
        this.access = access;
        this.units = units;
    }

    /** The unit named by {@code code}; the caller must hold {@code atLeast} over it. */
    public Unit named(Caller caller, String code, Role atLeast) {
        if (code == null || code.isBlank()) {
            throw new UserError("admin.unitMissing");
        }
        return resolver.resolve(caller, code, atLeast);
    }

    /**
     * The unit named by {@code code}, or with no code the highest unit where the caller holds
     * {@code atLeast} (an admin's whole part of the tree rather than the branch the chat is bound to).
     */
    public Unit namedOrTop(Caller caller, String code, Role atLeast) {
        if (code != null && !code.isBlank()) {
            return resolver.resolve(caller, code, atLeast);
        }
        return caller.roles().stream()
                .filter(r -> r.role().atLeast(atLeast))
                .map(r -> units.findById(r.unitId()).orElse(null))
                .filter(u -> u != null)
                .min(Comparator.comparingInt(Unit::depth).thenComparing(Unit::code))
                .orElseThrow(() -> new UserError("error.forbidden"));
    }

    public boolean covers(Caller caller, Unit unit, Role atLeast) {
        return access.covers(caller, unit, atLeast);
    }

    /** Refuses (audited as a refusal) unless the caller holds {@code atLeast} over {@code unit}. */
    public void require(Caller caller, Unit unit, Role atLeast) {
        if (!access.covers(caller, unit, atLeast)) {
            throw new UserError("error.outsideScope", unit.name());
        }
    }
}
