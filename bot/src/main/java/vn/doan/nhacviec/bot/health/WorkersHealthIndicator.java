package vn.doan.nhacviec.bot.health;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.workers.WorkerState;
import vn.doan.nhacviec.scheduler.workers.WorkerSupervisor;

/**
 * {@code workers} in readiness: DOWN while a worker that should run (the outbox dispatcher, a
 * channel's receiver) has no thread, until the supervisor restarts it. A worker switched off
 * (webhook mode has no poller) does not count.
 */
@Component("workers")
class WorkersHealthIndicator implements HealthIndicator {

    private final WorkerSupervisor supervisor;

    WorkersHealthIndicator(WorkerSupervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public Health health() {
        Map<String, WorkerState> states = supervisor.states();
        Health.Builder health = states.containsValue(WorkerState.DOWN) ? Health.down() : Health.up();
        states.forEach((name, state) -> health.withDetail(name, state.name()));
        return health.build();
    }
}
