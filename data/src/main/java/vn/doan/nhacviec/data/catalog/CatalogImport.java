package vn.doan.nhacviec.data.catalog;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Brings the catalogue files into the database at start-up. The files are the source of plans and
 * obligations; the database keeps their history:
 * <ul>
 *   <li>a new plan or obligation code is inserted;</li>
 *   <li>an obligation whose definition in the file changed since it was last imported gets a new
 *       version (past occurrences and their status log are never rewritten);</li>
 *   <li>nothing is ever deleted: a code that disappears from the files keeps its history and
 *       its already created occurrences; an admin pauses it or ends its plan from chat;</li>
 *   <li>an edit made from chat stays until the file's definition of that code changes.</li>
 * </ul>
 * The whole catalogue is validated first; a bad file stops the import before anything is written.
 */
@Service
public class CatalogImport {

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final TransactionOperations transactions;

    public CatalogImport(PlanRepository plans, ObligationRepository obligations, TransactionOperations transactions) {
        this.plans = plans;
        this.obligations = obligations;
        this.transactions = transactions;
    }

    /** What an import did. */
    public record Summary(int plans, int created, int changed, int unchanged) {
    }

    public Summary importDirectory(Path directory) {
        List<LoadedCatalogFile> files = new CatalogLoader().load(directory);
        return transactions.execute(status -> apply(files));
    }

    private Summary apply(List<LoadedCatalogFile> files) {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (LoadedCatalogFile file : files) {
            Plan plan = plans.save(file.content().plan());
            for (ObligationDefinition definition : file.content().obligations()) {
                switch (obligations.importFromFile(plan.id(), definition)) {
                    case CREATED -> created++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
        return new Summary(files.size(), created, changed, unchanged);
    }
}
