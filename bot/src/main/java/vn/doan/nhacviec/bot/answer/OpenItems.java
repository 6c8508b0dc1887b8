package vn.doan.nhacviec.bot.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.unit.Unit;

/** The open items of a unit worth showing and answering now: started, overdue, or due within 30 days. */
@Component
public class OpenItems {

    static final Duration AHEAD = Duration.ofDays(30);

    private final OccurrenceRepository occurrences;
    private final Clock clock;

    public OpenItems(OccurrenceRepository occurrences, Clock clock) {
        this.occurrences = occurrences;
        this.clock = clock;
    }

    public List<Occurrence> of(Unit unit) {
        LocalDate today = LocalDate.now(clock.withZone(unit.zone()));
        return occurrences.openForUnit(unit.id(), today, clock.instant().plus(AHEAD));
    }
}
