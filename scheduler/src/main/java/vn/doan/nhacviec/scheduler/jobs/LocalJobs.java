package vn.doan.nhacviec.scheduler.jobs;

import java.util.Properties;
import java.util.UUID;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.RAMJobStore;
import org.quartz.spi.JobFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A Quartz scheduler of this process alone (in memory, one thread) for the periodic tasks that must
 * run on every instance: those that watch this process's own threads. The shared scheduler, maybe
 * clustered, would run them on one instance only. Not a bean of type {@link Scheduler}, so that the
 * shared one stays the only one.
 */
public class LocalJobs implements SmartLifecycle {

    private final JobFactory jobFactory;
    private final PeriodicJobs jobs;
    private Scheduler scheduler;

    LocalJobs(JobFactory jobFactory, PeriodicJobs jobs) {
        this.jobFactory = jobFactory;
        this.jobs = jobs;
    }

    /** The names of the jobs it runs. */
    public java.util.List<String> jobNames() {
        return jobs.details().stream().map(detail -> detail.getKey().getName()).toList();
    }

    @Override
    public synchronized void start() {
        if (scheduler != null || jobs.details().isEmpty()) {
            return;
        }
        Properties quartz = new Properties();
        // unique per context: Quartz keeps schedulers in a JVM-wide registry by name
        quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "nhacviec-local-" + UUID.randomUUID());
        quartz.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, RAMJobStore.class.getName());
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        quartz.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        try {
            Scheduler local = new StdSchedulerFactory(quartz).getScheduler();
            local.setJobFactory(jobFactory);
            for (int i = 0; i < jobs.details().size(); i++) {
                JobDetail detail = jobs.details().get(i);
                Trigger trigger = jobs.triggers().get(i);
                local.scheduleJob(detail, trigger);
            }
            local.start();
            scheduler = local;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot start the local jobs " + jobNames() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                GuardedWork.log.warn("Stopping the local jobs: {}", e.toString());
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
