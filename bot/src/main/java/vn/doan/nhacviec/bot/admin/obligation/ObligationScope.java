package vn.doan.nhacviec.bot.admin.obligation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.text.Codes;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Finds an obligation by code; whether the caller may change it (admin over its plan's issuer) is the {@link UnitScope}'s call. */
@Component
class ObligationScope {

    private final ObligationRepository obligations;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final UnitScope scope;

    ObligationScope(ObligationRepository obligations, PlanRepository plans, UnitRepository units, UnitScope scope) {
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.scope = scope;
    }

    /** An obligation with its plan and the plan's issuer (null if the issuer is not in the tree). */
    record Owned(Obligation obligation, Plan plan, Unit issuer) {
        Long issuerId() {
            return issuer == null ? null : issuer.id();
        }
    }

    Owned changeable(Caller caller, String code) {
        Owned owned = find(code);
        scope.requireIssuer(caller, owned.plan().issuerCode(), owned.issuer(), "obligation.change");
        return owned;
    }

    Owned find(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty()) {
            throw new UserError("obligation.codeMissing");
        }
        if (trimmed.length() > Codes.MAX_LENGTH) {
            throw new UserError("error.unknownObligation", Codes.shown(trimmed));
        }
        Obligation obligation = obligations.findByCode(trimmed.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UserError("error.unknownObligation", trimmed));
        Plan plan = plans.findById(obligation.planId()).orElseThrow();
        return new Owned(obligation, plan, units.findByCode(plan.issuerCode()).orElse(null));
    }

    /** Refused (audited) unless the caller is admin over the issuer; see {@link UnitScope#requireIssuer}. */
    void requireIssuer(Caller caller, String issuerCode, Unit issuer) {
        scope.requireIssuer(caller, issuerCode, issuer, "obligation.change");
    }

    Optional<Unit> issuerOf(Plan plan) {
        return units.findByCode(plan.issuerCode());
    }
}
