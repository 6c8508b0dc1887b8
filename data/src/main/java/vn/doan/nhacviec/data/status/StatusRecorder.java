package vn.doan.nhacviec.data.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;

/**
 * Records what someone said about an occurrence: appends to the log and, where the answer closes
 * the occurrence, closes it, in one transaction. A postponement is only a request: the deadline
 * never moves here. A {@link StatusRecorded} event is published in the same transaction. On SQLite
 * the transaction is shared with other chats' writes waiting at that moment ({@link GroupCommit}).
 */
@Service
public class StatusRecorder {

    private final OccurrenceRepository occurrences;
    private final StatusLogRepository log;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final GroupCommit commits;

    public StatusRecorder(OccurrenceRepository occurrences, StatusLogRepository log, Clock clock,
                          ApplicationEventPublisher events) {
        this(occurrences, log, clock, events, GroupCommit.NONE);
    }

    @Autowired
    public StatusRecorder(OccurrenceRepository occurrences, StatusLogRepository log, Clock clock,
                          ApplicationEventPublisher events, GroupCommit commits) {
        this.occurrences = occurrences;
        this.log = log;
        this.clock = clock;
        this.events = events;
        this.commits = commits;
    }

    /** The outcome, for the one-line confirmation. */
    public record Recorded(Occurrence occurrence, StatusEntry entry, OccurrenceState newState, boolean alreadyClosed) {
    }

    public Recorded record(Occurrence occurrence, Long personId, Long chatId, String rawText, StatusEntry entry, ZoneId zone) {
        return commits.write(() -> inTransaction(occurrence, personId, chatId, rawText, entry, zone));
    }

    private Recorded inTransaction(Occurrence occurrence, Long personId, Long chatId, String rawText, StatusEntry entry, ZoneId zone) {
        Instant now = clock.instant();
        log.append(occurrence.id(), personId, chatId, now, rawText, entry);
        OccurrenceState state = occurrence.state();
        boolean alreadyClosed = state.isClosed();
        switch (entry.meaning()) {
            case DONE -> {
                if (entry.quantity() != null && entry.total() == null) {
                    occurrences.addQuantity(occurrence.id(), entry.quantity());
                }
                if (!alreadyClosed) {
                    state = onTime(occurrence, entry.doneOn(), now, zone) ? OccurrenceState.DONE : OccurrenceState.DONE_LATE;
                    occurrences.close(occurrence.id(), state, now);
                }
            }
            case PROGRESS -> {
                if (entry.quantity() != null) {
                    occurrences.addQuantity(occurrence.id(), entry.quantity());
                }
            }
            case EXCUSED -> {
                if (!alreadyClosed) {
                    state = OccurrenceState.EXCUSED;
                    occurrences.close(occurrence.id(), state, now);
                }
            }
            default -> {
                // NOT_YET, REMIND_TOMORROW, POSTPONE, DIFFICULTY, ACKNOWLEDGED: logged, state unchanged
            }
        }
        events.publishEvent(new StatusRecorded(occurrence, personId, chatId, now, entry));
        return new Recorded(occurrences.findById(occurrence.id()).orElseThrow(), entry, state, alreadyClosed);
    }

    private static boolean onTime(Occurrence occurrence, LocalDate doneOn, Instant now, ZoneId zone) {
        LocalDate day = doneOn != null ? doneOn : LocalDate.ofInstant(now, zone);
        return day.isBefore(occurrence.deadline());
    }
}
