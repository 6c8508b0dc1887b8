package vn.doan.nhacviec.bot.admin.obligation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.UserError;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Finds an obligation by code and checks the caller may change it: admin over its plan's issuer. */
@Component
class ObligationScope {

    private final ObligationRepository obligations;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final AccessPolicy access;

    ObligationScope(ObligationRepository obligations, PlanRepository plans, UnitRepository units, AccessPolicy access) {
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.access = access;
    }

    /** An obligation with its plan and the plan's issuer (null if the issuer is not in the tree). */
    record Owned(Obligation obligation, Plan plan, Unit issuer) {
        Long issuerId() {
            return issuer == null ? null : issuer.id();
        }
    }

    Owned changeable(Caller caller, String code) {
        Owned owned = find(code);
        requireIssuer(caller, owned.plan().issuerCode(), owned.issuer());
        return owned;
    }

    Owned find(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty()) {
            throw new UserError("obligation.codeMissing");
        }
        if (trimmed.length() > 64) {
            throw new UserError("error.unknownObligation", trimmed.substring(0, 64) + "…");
        }
        Obligation obligation = obligations.findByCode(trimmed.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UserError("error.unknownObligation", trimmed));
        Plan plan = plans.findById(obligation.planId()).orElseThrow();
        return new Owned(obligation, plan, units.findByCode(plan.issuerCode()).orElse(null));
    }

    /** An issuer missing from the tree binds nobody yet: only the top admin may touch its plan. */
    void requireIssuer(Caller caller, String issuerCode, Unit issuer) {
        boolean allowed = issuer == null ? access.isTopAdmin(caller) : access.covers(caller, issuer, Role.ADMIN);
        if (!allowed) {
            throw new UserError("error.outsideScope", issuer == null ? issuerCode : issuer.name());
        }
    }

    Optional<Unit> issuerOf(Plan plan) {
        return units.findByCode(plan.issuerCode());
    }
}
