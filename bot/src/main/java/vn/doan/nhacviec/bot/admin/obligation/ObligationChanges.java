package vn.doan.nhacviec.bot.admin.obligation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.admin.ImportProblemText;
import vn.doan.nhacviec.bot.admin.Replanner;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.catalog.CatalogFile;
import vn.doan.nhacviec.data.catalog.CatalogJson;
import vn.doan.nhacviec.data.catalog.CatalogValidator;
import vn.doan.nhacviec.data.catalog.LoadedCatalogFile;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.catalog.PlanDefinition;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * Writes obligation changes made from chat: each is validated with the catalogue's own rules first,
 * then written with its audit entry in one transaction, then planned. An edit is a new version;
 * nothing already planned or answered changes.
 */
@Service
class ObligationChanges {

    private final ObligationRepository obligations;
    private final PlanRepository plans;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final Replanner replanner;
    private final Messages messages;
    private final Clock clock;
    private final ImportProblemText problemText;

    ObligationChanges(ObligationRepository obligations, PlanRepository plans, AuditLog audit, TransactionOperations transactions,
                      Replanner replanner, Messages messages, Clock clock, ImportProblemText problemText) {
        this.obligations = obligations;
        this.plans = plans;
        this.audit = audit;
        this.transactions = transactions;
        this.replanner = replanner;
        this.messages = messages;
        this.clock = clock;
        this.problemText = problemText;
    }

    /** Adds an obligation to the issuer's own plan (created on first use); its code is made here. */
    Obligation add(Caller caller, Unit issuer, ObligationDefinition draft) {
        PlanDefinition planDefinition = plans.findByCode(chatPlanCode(issuer)).map(ObligationChanges::definitionOf)
                .orElseGet(() -> newChatPlan(issuer));
        Obligation created = transactions.execute(status -> {
            Plan plan = plans.findByCode(planDefinition.code()).orElseGet(() -> plans.save(planDefinition));
            ObligationDefinition definition = withCode(draft, nextCode(plan));
            validate(caller, planDefinition, definition);
            Obligation obligation = obligations.create(plan.id(), definition, caller.person().id());
            audit.done(caller.person().id(), issuer.id(), "obligation.add", null, CatalogJson.write(definition));
            replanner.obligationAdded(obligation.id(), caller.person().id());
            return obligation;
        });
        return created;
    }

    Obligation edit(Caller caller, ObligationScope.Owned owned, ObligationDefinition definition) {
        validate(caller, definitionOf(owned.plan()), definition);
        Obligation edited = transactions.execute(status -> {
            Obligation updated = obligations.update(owned.obligation().code(), definition, caller.person().id());
            audit.done(caller.person().id(), owned.issuerId(), "obligation.edit",
                    CatalogJson.write(owned.obligation().definition()), CatalogJson.write(definition));
            replanner.obligationChanged(updated.id(), "obligation.edit", caller.person().id());
            return updated;
        });
        return edited;
    }

    void setPaused(Caller caller, ObligationScope.Owned owned, boolean paused) {
        if (owned.obligation().paused() == paused) {
            throw new UserError(paused ? "obligation.alreadyPaused" : "obligation.notPaused", owned.obligation().code());
        }
        transactions.executeWithoutResult(status -> {
            obligations.setPaused(owned.obligation().id(), paused);
            audit.done(caller.person().id(), owned.issuerId(), paused ? "obligation.pause" : "obligation.resume",
                    "code=" + owned.obligation().code() + "; paused=" + !paused, "code=" + owned.obligation().code() + "; paused=" + paused);
            replanner.obligationChanged(owned.obligation().id(), paused ? "obligation.pause" : "obligation.resume", caller.person().id());
        });
    }

    /** What importing a catalogue file did. */
    record Imported(String planCode, boolean newPlan, int created, int changed, int unchanged) {
    }

    /**
     * Applies a catalogue file already checked by {@link ObligationImportCheck}: a new plan is created;
     * an existing plan keeps its fields (they come from config/catalog or its first upload); each
     * obligation is created, versioned if its definition differs, or left alone.
     */
    Imported importFile(Caller caller, LoadedCatalogFile file, Unit issuer) {
        PlanDefinition planDefinition = file.content().plan();
        Imported imported = transactions.execute(status -> {
            boolean newPlan = plans.findByCode(planDefinition.code()).isEmpty();
            Plan plan = newPlan ? plans.save(planDefinition) : plans.findByCode(planDefinition.code()).orElseThrow();
            int created = 0;
            int changed = 0;
            int unchanged = 0;
            for (ObligationDefinition definition : file.content().obligations()) {
                var existing = obligations.findByCode(definition.code());
                String json = CatalogJson.write(definition);
                if (existing.isEmpty()) {
                    Obligation added = obligations.create(plan.id(), definition, caller.person().id());
                    audit.done(caller.person().id(), issuer.id(), "obligation.add", null, json);
                    replanner.obligationAdded(added.id(), caller.person().id());
                    created++;
                } else if (!CatalogJson.write(existing.get().definition()).equals(json)) {
                    obligations.update(definition.code(), definition, caller.person().id());
                    audit.done(caller.person().id(), issuer.id(), "obligation.edit", CatalogJson.write(existing.get().definition()), json);
                    replanner.obligationChanged(existing.get().id(), "obligation.edit", caller.person().id());
                    changed++;
                } else {
                    unchanged++;
                }
            }
            audit.done(caller.person().id(), issuer.id(), "obligation.import", null,
                    "file=" + file.fileName() + "; plan=" + plan.code() + "; created=" + created + "; changed=" + changed);
            return new Imported(plan.code(), newPlan, created, changed, unchanged);
        });
        return imported;
    }

    /** Problems the catalogue's rules find in one obligation of a plan, or none. */
    static List<ImportProblem> problems(PlanDefinition plan, ObligationDefinition definition) {
        return CatalogValidator.validate(List.of(new LoadedCatalogFile(Path.of("chat"), new CatalogFile(plan, List.of(definition)))))
                .stream().map(ImportProblem::withoutFile).toList();
    }

    private void validate(Caller caller, PlanDefinition plan, ObligationDefinition definition) {
        List<ImportProblem> problems = problems(plan, definition);
        if (!problems.isEmpty()) {
            throw new UserError("obligation.invalid", problemText.lines(caller.locale(), problems));
        }
    }

    /** The plan an admin's own obligations go into: one per issuing unit. */
    static String chatPlanCode(Unit issuer) {
        String code = "CHAT-" + issuer.code().toUpperCase(Locale.ROOT).replaceAll("-+", "-").replaceAll("-$", "");
        return code.length() <= 50 ? code : "CHAT-U" + issuer.id();
    }

    private PlanDefinition newChatPlan(Unit issuer) {
        LocalDate today = LocalDate.now(clock.withZone(issuer.zone()));
        return new PlanDefinition(chatPlanCode(issuer), null, messages.get(Messages.VIETNAMESE, "obligation.chatPlanTitle", issuer.name()),
                today, issuer.code(), "chat", today, null, null, null);
    }

    private String nextCode(Plan plan) {
        int n = obligations.findByPlan(plan.id()).size() + 1;
        while (obligations.findByCode(plan.code() + "-" + n).isPresent()) {
            n++;
        }
        return plan.code() + "-" + n;
    }

    private static ObligationDefinition withCode(ObligationDefinition d, String code) {
        return new ObligationDefinition(code, d.title(), d.source(), d.assignee(), d.recurrence(), d.completion(), d.recipient(),
                d.reminderPolicy(), d.note());
    }

    /** A stored plan as the validator reads plans. */
    static PlanDefinition definitionOf(Plan plan) {
        return new PlanDefinition(plan.code(), plan.number(), plan.title(), plan.issuedOn(), plan.issuerCode(),
                plan.sourceFile() == null ? "?" : plan.sourceFile(), plan.inForceFrom(), plan.inForceUntil(), null, null);
    }
}
