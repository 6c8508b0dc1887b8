package vn.doan.nhacviec.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on an SQLite database with the real catalogue and the demo tree,
 * the console channel replaced by a capturing one, the outbox drained by the test and the staff
 * timers (notice deadlines, weekly digest) and Quartz off: tests call their {@code runAt} themselves,
 * and {@link Terminal#flush} runs the queued re-plans.
 * <p>
 * One application serves every test class with the same configuration: {@link FreshStart} puts the
 * database, the clock and the in-memory limits back as they were at the start before each class.
 * Add properties here rather than on a test class (each other set of properties starts another
 * application); a class that needs its own must say {@code @DirtiesContext}, so that its application
 * does not stay running behind the others.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.config.import=optional:file:../config/application.yml",
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.demo.units=../config/demo/units.csv",
        "nhacviec.demo.reform-dir=",
        "nhacviec.map.file=../config/map/vn-units-2026.json",
        "nhacviec.demo.enabled=true",
        "nhacviec.console.enabled=false",
        "nhacviec.outbox.auto-start=false",
        "nhacviec.staff.triggers.enabled=false",
        "nhacviec.reminders.jobs.enabled=false",
        "nhacviec.demo.history=false",
        // the test clock stands still: per-minute limits would hold back a test that says a lot
        "nhacviec.safety.commands-per-minute=1000000",
        "nhacviec.uploads.max-bytes=200000",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name="
})
@Import(BotTestConfiguration.class)
@TestExecutionListeners(listeners = FreshStart.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface BotApplicationTest {
}
