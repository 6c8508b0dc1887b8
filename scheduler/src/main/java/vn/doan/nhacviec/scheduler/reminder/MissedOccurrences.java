package vn.doan.nhacviec.scheduler.reminder;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;

/** Closes as MISSED what is still open {@code missed-after-days} after its deadline, when no reminder is left to send. */
@Service
public class MissedOccurrences {

    private static final Logger log = LoggerFactory.getLogger(MissedOccurrences.class);

    private final OccurrenceRepository occurrences;
    private final ReminderSettings settings;

    public MissedOccurrences(OccurrenceRepository occurrences, ReminderSettings settings) {
        this.occurrences = occurrences;
        this.settings = settings;
    }

    public int markAt(Instant now) {
        int missed = occurrences.markMissed(now.minus(Duration.ofDays(settings.missedAfterDays())), now);
        if (missed > 0) {
            log.info("{} occurrences marked missed", missed);
        }
        return missed;
    }
}
