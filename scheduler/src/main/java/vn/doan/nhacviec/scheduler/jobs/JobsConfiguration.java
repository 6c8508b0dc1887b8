package vn.doan.nhacviec.scheduler.jobs;

import java.time.ZoneId;
import java.util.Properties;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.simpl.RAMJobStore;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;

/**
 * Quartz runs the clock with two jobs, whatever the size of the tree: {@code remind} (every 15
 * minutes: {@link RemindJob}) and {@code plan} (daily: {@link PlanJob}). A third, {@code replan}
 * ({@link ReplanJob}), has no schedule: it is fired once after an admin's change is committed and
 * re-plans the units concerned from the queue in {@code replan_request}. Escalation is the last
 * stage of the reminder run, so it follows the same window, catch-up and once-only rules. No
 * reminder is a trigger and no reminder state is in Quartz: everything is derived from the
 * occurrences and {@code reminder_sent}, so the in-memory job store loses nothing on a restart.
 *
 * <p><b>Misfire policy: fire once now</b> ({@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}, "fire and
 * proceed"). A firing missed while the application was down, paused or busy is replaced by a single
 * firing as soon as possible, however many were missed, then the schedule continues. One firing is
 * enough because a run looks at the database, not at which firing it is: it sends the latest due
 * stage of each item once; firing once per missed slot would add nothing but load, and skipping to
 * the next slot would delay the catch-up by up to a period for no benefit.
 *
 * <p>The job store is {@code memory} (RAMJobStore) by default: SQLite has one instance. With
 * {@code nhacviec.reminders.jobs.store=jdbc} Quartz keeps its triggers in the application's
 * PostgreSQL database (its {@code qrtz_*} tables come from the migration V100) and, with {@code clustered=true}, several
 * instances share them so each firing runs on one instance; {@code reminder_sent} keeps two
 * overlapping runs from sending an item twice either way.
 *
 * <p>Every other periodic task of the application (the weekly digest, notice deadlines, the
 * undelivered summary, retention) is a {@link PeriodicTask} bean that becomes a job of this
 * scheduler too ({@link PeriodicJobs}), so that a clustered store covers them all. Only work about
 * this process's own threads (the worker supervisor) runs per instance, in {@link LocalJobs}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nhacviec.reminders.jobs.enabled", havingValue = "true", matchIfMissing = true)
public class JobsConfiguration {

    static final String GROUP = "nhacviec";

    @Bean
    JobDetail remindJobDetail() {
        return JobBuilder.newJob(RemindJob.class).withIdentity("remind", GROUP).storeDurably()
                .withDescription("Reminders and escalations due now, one message per chat").build();
    }

    @Bean
    JobDetail planJobDetail() {
        return JobBuilder.newJob(PlanJob.class).withIdentity("plan", GROUP).storeDurably()
                .withDescription("Occurrences planned ahead; overdue ones past the last reminder marked missed").build();
    }

    @Bean
    JobDetail replanJobDetail() {
        return JobBuilder.newJob(ReplanJob.class).withIdentity("replan", GROUP).storeDurably()
                .withDescription("Queued re-plans after changes to the tree or the catalogue").build();
    }

    /** The per-instance periodic tasks (the worker supervisor), in a scheduler of this process alone. */
    @Bean
    LocalJobs localJobs(BeanFactory beans, ObjectProvider<PeriodicTask> tasks, ReminderProperties properties) {
        return new LocalJobs(new BeanJobFactory(beans),
                PeriodicJobs.of(tasks.orderedStream().filter(PeriodicTask::perInstance).toList(), properties.jobs().cronZone().getId()));
    }

    @Bean
    CronTriggers cronTriggers(Scheduler quartzScheduler, Trigger remindTrigger, Trigger planTrigger,
                              ObjectProvider<PeriodicTask> tasks, ReminderProperties properties) throws SchedulerException {
        return CronTriggers.register(quartzScheduler, sharedJobs(tasks, properties).withTriggers(remindTrigger, planTrigger));
    }

    @Bean
    ReplanTrigger replanTrigger(Scheduler quartzScheduler) {
        return new ReplanTrigger(quartzScheduler);
    }

    @Bean
    Trigger remindTrigger(JobDetail remindJobDetail, ReminderProperties properties) {
        return cron(remindJobDetail, "remind", properties.jobs().remindCron(), properties.jobs().cronZone().getId());
    }

    @Bean
    Trigger planTrigger(JobDetail planJobDetail, ReminderProperties properties) {
        return cron(planJobDetail, "plan", properties.jobs().planCron(), properties.jobs().cronZone().getId());
    }

    @Bean
    SchedulerFactoryBean quartzScheduler(BeanFactory beans, ReminderProperties properties, DataSource dataSource,
                                         JobDetail remindJobDetail, JobDetail planJobDetail, JobDetail replanJobDetail,
                                         ObjectProvider<PeriodicTask> tasks) {
        ReminderProperties.Jobs jobs = properties.jobs();
        JobStoreCheck.check(jobs, dataSource);
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", "nhacviec");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        if (jobs.jdbcStore()) {
            factory.setDataSource(dataSource);
            quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
            quartz.setProperty("org.quartz.jobStore.isClustered", String.valueOf(jobs.clustered()));
            // the JDBC store is meant for PostgreSQL (Quartz has no SQLite support); another database names its delegate under quartz
            quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        } else {
            quartz.setProperty("org.quartz.jobStore.class", RAMJobStore.class.getName());
        }
        quartz.putAll(jobs.quartz());
        factory.setQuartzProperties(quartz);
        factory.setJobFactory(new BeanJobFactory(beans));
        factory.setJobDetails(sharedJobs(tasks, properties).withDetails(remindJobDetail, planJobDetail, replanJobDetail));
        // the triggers are registered by CronTriggers: only when missing or changed (see there)
        factory.setOverwriteExistingJobs(true);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        return factory;
    }

    private static Trigger cron(JobDetail job, String name, String cron, String zone) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(name, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(ZoneId.of(zone)))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The periodic tasks every instance shares: jobs of the (clustered) Quartz scheduler. */
    private static PeriodicJobs sharedJobs(ObjectProvider<PeriodicTask> tasks, ReminderProperties properties) {
        return PeriodicJobs.of(tasks.orderedStream().filter(task -> !task.perInstance()).toList(), properties.jobs().cronZone().getId());
    }
}
