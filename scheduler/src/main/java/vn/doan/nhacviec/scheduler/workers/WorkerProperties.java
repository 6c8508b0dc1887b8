package vn.doan.nhacviec.scheduler.workers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param checkEvery how often the supervisor looks for a dead worker (default 15 s) */
@ConfigurationProperties("nhacviec.workers")
public record WorkerProperties(Duration checkEvery) {

    public WorkerProperties {
        checkEvery = checkEvery == null ? Duration.ofSeconds(15) : checkEvery;
        if (checkEvery.isZero() || checkEvery.isNegative()) {
            throw new IllegalArgumentException("nhacviec.workers.check-every must be positive, not " + checkEvery);
        }
    }
}
