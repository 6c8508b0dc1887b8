package vn.doan.nhacviec.bot.command;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.UserError;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Reads the unit a command is about: a unit code given by the caller, or the caller's own unit. */
@Component
public class UnitResolver {

    private final UnitRepository units;
    private final AccessPolicy access;

    public UnitResolver(UnitRepository units, AccessPolicy access) {
        this.units = units;
        this.access = access;
    }

    /**
     * The unit named by {@code code} (checked: the caller needs {@code atLeast} over it), or with a
     * blank code the caller's first own unit.
     */
    public Unit resolve(Caller caller, String code, Role atLeast) {
        if (code == null || code.isBlank()) {
            List<Unit> own = access.ownUnits(caller);
            if (own.isEmpty()) {
                throw new UserError(AccessPolicy.notBoundKey(caller));
            }
            return own.get(0);
        }
        String trimmed = code.strip();
        if (trimmed.length() > 64) {
            throw new UserError("error.unknownUnit", trimmed.substring(0, 64) + "…");
        }
        Unit unit = units.findByCode(trimmed.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UserError("error.unknownUnit", trimmed));
        if (!access.covers(caller, unit, atLeast)) {
            throw new UserError("error.outsideScope", unit.name());
        }
        return unit;
    }
}
