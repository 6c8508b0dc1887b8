package vn.doan.nhacviec.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.data.db.Databases;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;
import vn.doan.nhacviec.testpg.EmbeddedPostgres;
import vn.doan.nhacviec.testpg.PostgresDataSources;

/**
 * The job store as configured: Quartz's clustered JDBC store starts on a PostgreSQL database that
 * only the application's migrations prepared, and configurations that cannot work stop the start
 * with a message naming the key.
 */
class JobStoreTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner(DataSource dataSource) {
        return new ApplicationContextRunner()
                .withUserConfiguration(JobsWiringTest.Collaborators.class)
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=store-" + java.util.UUID.randomUUID(),
                        // Quartz fires on the real time: a quarter-hour passing during the test must not add a run
                        "nhacviec.reminders.jobs.remind-cron=0 0 3 1 1 ?");
    }

    @Test
    void clusteredJdbcStoreStartsOnAFreshlyMigratedPostgresDatabase() {
        try (HikariDataSource first = freshPostgres();
             HikariDataSource second = sameDatabase(first)) {
            String name = "clustered-" + java.util.UUID.randomUUID();
            ApplicationContextRunner clustered = runner(first)
                    .withPropertyValues("nhacviec.reminders.jobs.store=jdbc", "nhacviec.reminders.jobs.clustered=true",
                            "nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=" + name);
            clustered.run(one -> {
                assertThat(one).hasNotFailed();
                runner(second).withPropertyValues("nhacviec.reminders.jobs.store=jdbc", "nhacviec.reminders.jobs.clustered=true",
                        "nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=" + name).run(two -> {
                    assertThat(two).hasNotFailed();
                    Scheduler scheduler = one.getBean(Scheduler.class);
                    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
                    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
                    JdbcClient jdbc = JdbcClient.create(first);
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM qrtz_triggers WHERE sched_name = ?").param(name)
                            .query(Integer.class).single()).isEqualTo(2);
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = ?").param(name)
                            .query(Integer.class).single()).isEqualTo(2);

                    scheduler.triggerJob(new JobKey("remind", "nhacviec"));
                    ReminderRun onOne = one.getBean(ReminderRun.class);
                    ReminderRun onTwo = two.getBean(ReminderRun.class);
                    // the firing is stored; one of the two instances runs it, once
                    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                            assertThat(org.mockito.Mockito.mockingDetails(onOne).getInvocations().size()
                                    + org.mockito.Mockito.mockingDetails(onTwo).getInvocations().size()).isEqualTo(1));
                });
            });
        }
    }

    @Test
    void aMisspeltStoreStopsTheStartNamingTheKey() {
        runner(mock(DataSource.class)).withPropertyValues("nhacviec.reminders.jobs.store=jbdc").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("nhacviec.reminders.jobs.store=jbdc").hasMessageContaining("memory");
        });
    }

    @Test
    void clusteredWithTheMemoryStoreStopsTheStart() {
        runner(mock(DataSource.class)).withPropertyValues("nhacviec.reminders.jobs.clustered=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("nhacviec.reminders.jobs.clustered=true").hasMessageContaining("store=jdbc");
        });
    }

    @Test
    void theJdbcStoreOnSqliteStopsTheStart() {
        try (HikariDataSource sqlite = Databases.openSqlite(dir)) {
            runner(sqlite).withPropertyValues("nhacviec.reminders.jobs.store=jdbc").run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("nhacviec.reminders.jobs.store=jdbc needs PostgreSQL");
            });
        }
    }

    private static HikariDataSource freshPostgres() {
        HikariDataSource dataSource = Databases.open(PostgresDataSources.emptyDatabaseUrl(), EmbeddedPostgres.USER, "", 4);
        Databases.migrate(dataSource);
        return dataSource;
    }

    private static HikariDataSource sameDatabase(HikariDataSource other) {
        return Databases.open(other.getJdbcUrl(), EmbeddedPostgres.USER, "", 4);
    }
}
