package vn.doan.nhacviec.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application on a fresh SQLite database with the real catalogue and the demo tree,
 * the console channel replaced by a capturing one, the outbox drained by the test and the staff
 * timers (notice deadlines, weekly digest) and Quartz off: tests call their {@code runAt} themselves,
 * and {@link Terminal#flush} runs the queued re-plans.
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
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name="
})
@Import(BotTestConfiguration.class)
@DirtiesContext
public @interface BotApplicationTest {
}
