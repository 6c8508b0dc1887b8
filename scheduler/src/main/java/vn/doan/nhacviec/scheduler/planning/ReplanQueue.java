package vn.doan.nhacviec.scheduler.planning;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.planning.ReplanRequest;
import vn.doan.nhacviec.data.planning.ReplanRequestRepository;

/**
 * Re-plans after a change to the tree or the catalogue, as queued work: the admin's command stores
 * the request (in its own transaction, with the change) and answers at once; the {@code replan} job
 * (started after the commit, and by the daily plan job for anything left over) runs it.
 */
@Service
public class ReplanQueue {

    private static final Logger log = LoggerFactory.getLogger(ReplanQueue.class);
    private static final int BATCH = 50;

    private final ReplanRequestRepository requests;
    private final OccurrencePlanner planner;
    private final ApplicationEventPublisher events;

    public ReplanQueue(ReplanRequestRepository requests, OccurrencePlanner planner, ApplicationEventPublisher events) {
        this.requests = requests;
        this.planner = planner;
        this.events = events;
    }

    /** Queues a re-plan; the job starts after the surrounding transaction commits. */
    public void request(ReplanRequest request) {
        requests.add(request);
        events.publishEvent(new ReplanRequested());
    }

    public long pending() {
        return requests.countPending();
    }

    /** Runs the queued re-plans, oldest first, until none is left; returns how many ran. */
    public synchronized int drain() {
        int done = 0;
        for (List<ReplanRequest> batch = requests.pending(BATCH); !batch.isEmpty(); batch = requests.pending(BATCH)) {
            for (ReplanRequest request : batch) {
                OccurrencePlanner.Replanned result = planner.replan(request);
                requests.markDone(request.id(), result.created(), result.closed());
                done++;
            }
        }
        if (done > 0) {
            log.info("{} re-plans done", done);
        }
        return done;
    }
}
