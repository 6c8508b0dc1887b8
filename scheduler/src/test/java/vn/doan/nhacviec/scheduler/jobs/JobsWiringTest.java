package vn.doan.nhacviec.scheduler.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.SimpleTrigger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;
import vn.doan.nhacviec.scheduler.planning.ReplanRequested;
import vn.doan.nhacviec.scheduler.reminder.MissedOccurrences;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;

/** Quartz as the application assembles it: two timed jobs, their crons, the misfire policy, the clock; and the re-plan job on demand. */
class JobsWiringTest {

    static final Instant DEMO_NOW = Instant.parse("2027-03-24T01:00:00Z");

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Collaborators.class)
            .withBean(DataSource.class, () -> mock(DataSource.class))
            .withPropertyValues("nhacviec.reminders.jobs.remind-cron=0 0/10 * * * ?",
                    // each context its own Quartz scheduler: one still shutting down must not take another's jobs
                    "nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=test-" + java.util.UUID.randomUUID());

    @Test
    void twoJobsFireOnceNowAfterAMisfireAndRunAtTheApplicationClock() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            Scheduler scheduler = context.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.anyJobGroup()))
                    .containsExactlyInAnyOrder(new JobKey("remind", "nhacviec"), new JobKey("plan", "nhacviec"), new JobKey("replan", "nhacviec"));
            assertThat(scheduler.getTriggersOfJob(new JobKey("replan", "nhacviec"))).isEmpty();
            CronTrigger remind = (CronTrigger) scheduler.getTrigger(new TriggerKey("remind", "nhacviec"));
            CronTrigger plan = (CronTrigger) scheduler.getTrigger(new TriggerKey("plan", "nhacviec"));
            assertThat(remind.getCronExpression()).isEqualTo("0 0/10 * * * ?");
            assertThat(plan.getCronExpression()).isEqualTo("0 30 0 * * ?");
            assertThat(plan.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            assertThat(remind.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
            assertThat(plan.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

            scheduler.triggerJob(new JobKey("remind", "nhacviec"));
            verify(context.getBean(ReminderRun.class), timeout(10_000)).runAt(DEMO_NOW);
            scheduler.triggerJob(new JobKey("plan", "nhacviec"));
            verify(context.getBean(OccurrencePlanner.class), timeout(10_000)).planAhead();
            // what the re-plan job did not get to runs before the daily planning
            verify(context.getBean(ReplanQueue.class), timeout(10_000)).drain();
            verify(context.getBean(MissedOccurrences.class), timeout(10_000)).markAt(DEMO_NOW);
            verify(context.getBean(vn.doan.nhacviec.scheduler.reminder.DueItemFinder.class), timeout(10_000)).workOutUnknown(DEMO_NOW);
        });
    }

    @Test
    void theReplanJobIsStoredWithoutScheduleAndItsTriggerListens() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ReplanTrigger.class);
            Scheduler scheduler = context.getBean(Scheduler.class);
            assertThat(scheduler.getJobDetail(new JobKey("replan", "nhacviec")).isDurable()).isTrue();
            assertThat(scheduler.getTriggersOfJob(new JobKey("replan", "nhacviec"))).isEmpty();
        });
    }

    @Test
    void furtherQuartzPropertiesArePassedAsWritten() {
        runner.withPropertyValues("nhacviec.reminders.jobs.quartz[org.quartz.threadPool.threadCount]=3")
                .run(context -> assertThat(context.getBean(Scheduler.class).getMetaData().getThreadPoolSize()).isEqualTo(3));
    }

    @Test
    void periodicTasksAreJobsOfTheSharedSchedulerAndPerInstanceOnesOfTheLocalOne() {
        AtomicInteger digest = new AtomicInteger();
        AtomicInteger supervision = new AtomicInteger();
        runner.withBean("digestTask", PeriodicTask.class, () -> PeriodicTask.every("weekly-digest", Duration.ofHours(1), digest::incrementAndGet))
                .withBean("retentionTask", PeriodicTask.class, () -> PeriodicTask.cron("retention", "0 15 3 * * ?", () -> {
                    throw new OutOfMemoryError("a failing firing is logged, the scheduler goes on");
                }))
                .withBean("supervisionTask", PeriodicTask.class,
                        () -> PeriodicTask.onEachInstance("worker-supervisor", Duration.ofMillis(50), supervision::incrementAndGet))
                .run(context -> {
                    Scheduler scheduler = context.getBean(Scheduler.class);
                    assertThat(scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.anyJobGroup())).extracting(JobKey::getName)
                            .containsExactlyInAnyOrder("remind", "plan", "replan", "weekly-digest", "retention");
                    SimpleTrigger hourly = (SimpleTrigger) scheduler.getTrigger(new TriggerKey("weekly-digest", "nhacviec"));
                    assertThat(hourly.getRepeatInterval()).isEqualTo(Duration.ofHours(1).toMillis());
                    assertThat(hourly.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
                    CronTrigger retention = (CronTrigger) scheduler.getTrigger(new TriggerKey("retention", "nhacviec"));
                    assertThat(retention.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

                    scheduler.triggerJob(new JobKey("weekly-digest", "nhacviec"));
                    scheduler.triggerJob(new JobKey("retention", "nhacviec"));
                    scheduler.triggerJob(new JobKey("weekly-digest", "nhacviec"));
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while ((digest.get() < 2 || supervision.get() < 2) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(digest.get()).as("still firing after a failed job").isEqualTo(2);
                    assertThat(context.getBean(LocalJobs.class).jobNames()).containsExactly("worker-supervisor");
                    assertThat(supervision.get()).as("the local scheduler fires on its own").isGreaterThanOrEqualTo(2);
                });
    }

    @Test
    void aTaskNeedsOneScheduleAndAPositiveInterval() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PeriodicTask("x", Duration.ofMinutes(1), "0 * * * * ?", false, () -> { }))
                .hasMessageContaining("either an interval or a cron");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PeriodicTask.every("x", Duration.ZERO, () -> { }))
                .hasMessageContaining("positive");
    }

    @Test
    void switchedOffThereIsNoScheduler() {
        runner.withPropertyValues("nhacviec.reminders.jobs.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Scheduler.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReminderProperties.class)
    @Import({JobsConfiguration.class, RemindJob.class, PlanJob.class, ReplanJob.class, PeriodicTaskJob.class})
    /** The jobs' collaborators, mocked; the test gives the data source (a mock, or a real database). */
    static class Collaborators {

        @Bean
        Clock clock() {
            return Clock.fixed(DEMO_NOW, ZoneOffset.UTC);
        }

        @Bean
        ReminderRun reminderRun() {
            return mock(ReminderRun.class);
        }

        @Bean
        OccurrencePlanner occurrencePlanner() {
            return mock(OccurrencePlanner.class);
        }

        @Bean
        ReplanQueue replanQueue() {
            return mock(ReplanQueue.class);
        }

        @Bean
        MissedOccurrences missedOccurrences() {
            return mock(MissedOccurrences.class);
        }

        @Bean
        vn.doan.nhacviec.scheduler.reminder.DueItemFinder dueItemFinder() {
            return mock(vn.doan.nhacviec.scheduler.reminder.DueItemFinder.class);
        }
    }
}
