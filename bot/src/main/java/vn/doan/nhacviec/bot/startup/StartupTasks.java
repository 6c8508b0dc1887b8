package vn.doan.nhacviec.bot.startup;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.doan.nhacviec.bot.demo.DemoProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.demo.DemoSetup;
import vn.doan.nhacviec.bot.onboarding.FirstAdminClaim;
import vn.doan.nhacviec.data.catalog.CatalogImport;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/**
 * What happens once at start-up, in order: the catalogue files are validated and imported (a bad
 * file stops the start), the demo is prepared when the terminal demo runs, re-plans queued before a
 * stop are run, and occurrences are planned ahead (on a new database with the look-back, so duties
 * already due are tracked from the first day).
 */
@Component
@Order(0)
class StartupTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final CatalogImport catalog;
    private final OccurrencePlanner planner;
    private final ReplanQueue replans;
    private final ObjectProvider<DemoSetup> demo;
    private final FirstAdminClaim firstAdmin;
    private final Path catalogDir;
    private final boolean demoEnabled;

    StartupTasks(CatalogImport catalog, OccurrencePlanner planner, ReplanQueue replans, ObjectProvider<DemoSetup> demo,
                 FirstAdminClaim firstAdmin, CatalogProperties catalogProperties, DemoProperties demoProperties) {
        this.catalog = catalog;
        this.planner = planner;
        this.replans = replans;
        this.demo = demo;
        this.firstAdmin = firstAdmin;
        this.catalogDir = catalogProperties.directory();
        this.demoEnabled = demoProperties.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        CatalogImport.Summary summary = catalog.importDirectory(catalogDir);
        log.info("Catalogue {}: {} plans, {} new, {} changed, {} unchanged obligations", catalogDir,
                summary.plans(), summary.created(), summary.changed(), summary.unchanged());
        if (demoEnabled) {
            demo.getObject().prepare();
        } else {
            firstAdmin.issueIfNeeded();
        }
        replans.drain();
        planner.planAhead();
    }
}
