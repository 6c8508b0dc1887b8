package vn.doan.nhacviec.bot.admin.obligation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.admin.ImportProblemText;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.catalog.CatalogException;
import vn.doan.nhacviec.data.catalog.CatalogLoader;
import vn.doan.nhacviec.data.catalog.CatalogValidator;
import vn.doan.nhacviec.data.catalog.LoadedCatalogFile;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.imports.ImportProblem.Entry;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Reads a catalogue file sent from chat and checks everything before anything is written: the
 * catalogue's own rules (with {@link CatalogLoader} and {@link CatalogValidator}), that its issuer is
 * a unit the caller administers, that an existing plan of that code has the same issuer, that no
 * obligation code belongs to another plan, and that reminder policies are configured.
 */
@Component
class ObligationImportCheck {

    private final UnitRepository units;
    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final ObligationScope scope;
    private final ReminderPolicyNames policies;
    private final ImportProblemText problemText;

    ObligationImportCheck(UnitRepository units, PlanRepository plans, ObligationRepository obligations, ObligationScope scope,
                          ReminderPolicyNames policies, ImportProblemText problemText) {
        this.units = units;
        this.plans = plans;
        this.obligations = obligations;
        this.scope = scope;
        this.policies = policies;
        this.problemText = problemText;
    }

    /** A file that may be imported, with the unit that issues its plan. */
    record Checked(LoadedCatalogFile file, Unit issuer) {
    }

    Checked check(Caller caller, Path path) {
        String name = path.getFileName().toString();
        LoadedCatalogFile file;
        try {
            file = new CatalogLoader().read(path);
        } catch (CatalogException e) {
            throw refused(caller, name, e.problems());
        }
        String issuerCode = file.content().plan() == null ? null : file.content().plan().issuer();
        Unit issuer = issuerCode == null ? null : units.findByCode(issuerCode).orElse(null);
        if (issuer != null) {
            // a file about someone else's part of the tree is refused before its contents are judged
            scope.requireIssuer(caller, issuerCode, issuer);
        }
        List<ImportProblem> problems = new ArrayList<>(CatalogValidator.validate(List.of(file)));
        if (issuerCode != null && issuer == null) {
            problems.add(ImportProblem.inFile(name, Entry.plan(), "issuer", "import.issuerNotUnit", issuerCode));
        }
        if (file.content().plan() == null || file.content().obligations() == null) {
            throw refused(caller, name, problems);
        }
        String planCode = file.content().plan().code();
        plans.findByCode(planCode).filter(p -> !p.issuerCode().equals(issuerCode)).ifPresent(p ->
                problems.add(ImportProblem.inFile(name, Entry.plan(), "issuer", "import.planOtherIssuer", planCode, p.issuerCode())));
        for (ObligationDefinition definition : file.content().obligations()) {
            if (definition == null || definition.code() == null) {
                continue;
            }
            obligations.findByCode(definition.code()).map(Obligation::planId).flatMap(plans::findById)
                    .filter(p -> !p.code().equals(planCode))
                    .ifPresent(other -> problems.add(ImportProblem.inFile(name, Entry.obligation(definition.code()), "code",
                            "import.codeOfOtherPlan", other.code())));
            if (!policies.allows(definition.reminderPolicy())) {
                problems.add(ImportProblem.inFile(name, Entry.obligation(definition.code()), "reminder_policy",
                        "import.unknownPolicy", String.valueOf(definition.reminderPolicy()), String.join(", ", policies.all())));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(caller, name, problems);
        }
        return new Checked(file, issuer);
    }

    /** Every problem of the file in one answer, worded in the caller's language. */
    private UserError refused(Caller caller, String name, List<ImportProblem> problems) {
        List<ImportProblem> inThisFile = problems.stream().map(ImportProblem::withoutFile).toList();
        return new UserError("obligation.importRefused", name, problems.size(), problemText.lines(caller.locale(), inThisFile));
    }
}
