package vn.doan.nhacviec.bot.admin.unit;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Audits a change to a unit with the unit as it was and as it became. */
@Component
class UnitAudit {

    private final AuditLog audit;
    private final UnitRepository units;

    UnitAudit(AuditLog audit, UnitRepository units) {
        this.audit = audit;
        this.units = units;
    }

    void changed(long actorId, String action, Unit before, long unitId) {
        Unit after = units.findById(unitId).orElseThrow();
        audit.done(actorId, unitId, action, before == null ? null : describe(before), describe(after));
    }

    /** A unit in the audit log: language-neutral fields, so any reader can read it. */
    String describe(Unit unit) {
        String parent = unit.parentId() == null ? "" : units.findById(unit.parentId()).map(Unit::code).orElse("");
        return "code=" + unit.code() + "; name=" + unit.name() + "; level=" + unit.level().name().toLowerCase(Locale.ROOT)
                + "; parent=" + parent + "; tags=" + String.join(" ", unit.tags()) + (unit.retired() ? "; retired" : "");
    }
}
