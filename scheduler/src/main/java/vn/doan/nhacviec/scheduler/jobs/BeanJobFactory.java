package vn.doan.nhacviec.scheduler.jobs;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.beans.factory.BeanFactory;

/** Quartz gets its jobs from Spring, so they are ordinary beans with constructor injection. */
final class BeanJobFactory implements JobFactory {

    private final BeanFactory beans;

    BeanJobFactory(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        return beans.getBean(bundle.getJobDetail().getJobClass());
    }
}
