package vn.doan.nhacviec.scheduler.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The Quartz job of every {@link PeriodicTask}: the task is found by the job's name, so a JDBC
 * store keeps only names, never code. Concurrent firings of one task are not allowed.
 */
@Component
@DisallowConcurrentExecution
public class PeriodicTaskJob implements Job {

    private final Map<String, PeriodicTask> tasks;

    public PeriodicTaskJob(ObjectProvider<PeriodicTask> tasks) {
        this.tasks = byName(tasks.orderedStream().toList());
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        PeriodicTask task = tasks.get(name);
        if (task == null) {
            // a JDBC store may still hold a job an older version declared
            GuardedWork.log.warn("No periodic task is named {} any more; the firing is ignored", name);
            return;
        }
        GuardedWork.run(name, task.work());
    }

    static Map<String, PeriodicTask> byName(List<PeriodicTask> tasks) {
        return tasks.stream().collect(Collectors.toUnmodifiableMap(PeriodicTask::name, Function.identity()));
    }
}
