package vn.doan.nhacviec.scheduler.workers;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTask;

/**
 * Restarts a worker whose thread died. Every worker survives what one unit of its work throws;
 * this is for what is left (an {@link Error} a worker chose not to survive, a bug in the loop
 * itself). Runs on each instance every {@code nhacviec.workers.check-every} (15 s by default);
 * counts restarts in {@code nhacviec.worker.restarts}.
 */
public class WorkerSupervisor {

    private static final Logger log = LoggerFactory.getLogger(WorkerSupervisor.class);

    private final ObjectProvider<Worker> workers;
    private final MeterRegistry meters;

    public WorkerSupervisor(ObjectProvider<Worker> workers, MeterRegistry meters) {
        this.workers = workers;
        this.meters = meters;
    }

    /** Each worker's state, by name. */
    public Map<String, WorkerState> states() {
        return workers.orderedStream().collect(Collectors.toMap(Worker::name, Worker::state, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /**
     * Restarts the workers that are down.
     *
     * @return the names of the workers restarted
     */
    public List<String> restartDead() {
        List<String> restarted = new ArrayList<>();
        for (Worker worker : workers.orderedStream().toList()) {
            if (worker.state() != WorkerState.DOWN) {
                continue;
            }
            log.error("The worker {} is down; restarting it", worker.name());
            try {
                worker.restart();
                restarted.add(worker.name());
                meters.counter("nhacviec.worker.restarts", "worker", worker.name()).increment();
            } catch (RuntimeException e) {
                log.error("Restarting the worker {} failed; trying again at the next check: {}", worker.name(), e.toString(), e);
            }
        }
        return restarted;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WorkerProperties.class)
    static class Wiring {

        @Bean
        WorkerSupervisor workerSupervisor(ObjectProvider<Worker> workers, ObjectProvider<MeterRegistry> meters) {
            return new WorkerSupervisor(workers, meters.getIfAvailable(SimpleMeterRegistry::new));
        }

        @Bean
        PeriodicTask workerSupervision(WorkerSupervisor supervisor, WorkerProperties properties) {
            return PeriodicTask.onEachInstance("worker-supervisor", properties.checkEvery(), supervisor::restartDead);
        }
    }
}
