package vn.doan.nhacviec.scheduler.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.reminder.ReminderSentRepository;
import vn.doan.nhacviec.data.reminder.StageMark;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusUpdate;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * What is due to be reminded at an instant. Only units whose local time is inside the daily
 * sending hours are looked at; of their open occurrences over the span in which any stage can fall,
 * only those whose next reminder has come or is not worked out yet are read (the index on state and
 * next_remind_at), together with the occurrences someone asked to hear about again; each gets the
 * stage due today, unless it was handled. Each occurrence read with nothing due gets the day of its
 * next stage stored; one with a stage due, the day of the stage after, once that one is taken
 * ({@link ChatReminderWriter}), so the next run reads it again only then.
 */
@Component
public class DueItemFinder {

    /** How far back a "nhắc lại mai" answer is still looked at. */
    private static final Duration ASKED_MEMORY = Duration.ofDays(3);

    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final StatusLogRepository statusLog;
    private final ReminderSentRepository handled;
    private final ReminderSettings settings;
    private final ReminderStages stages;

    public DueItemFinder(OccurrenceRepository occurrences, ObligationRepository obligations, UnitRepository units,
                         StatusLogRepository statusLog, ReminderSentRepository handled, ReminderSettings settings) {
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.units = units;
        this.statusLog = statusLog;
        this.handled = handled;
        this.settings = settings;
        this.stages = new ReminderStages(settings.calendar());
    }

    /** Stored for an occurrence no stage of which will come (a paused duty, a retired unit): read again only after a change. */
    static final Instant NEVER = Instant.ofEpochMilli(9_000_000_000_000L);

    /** What is due at an instant, and when each due occurrence is next reminded of once its stage is sent. */
    public record Scan(List<DueItem> due, Map<Long, Instant> nextOnceSent) {
        static final Scan NOTHING = new Scan(List.of(), Map.of());
    }

    public List<DueItem> dueAt(Instant now) {
        return scan(now).due();
    }

    public Scan scan(Instant now) {
        Set<String> zones = units.zonesInUse().stream()
                .filter(zone -> settings.calendar().remindersOpen(now.atZone(zone)))
                .map(ZoneId::getId)
                .collect(Collectors.toSet());
        if (zones.isEmpty()) {
            return Scan.NOTHING;
        }
        Instant from = now.minus(Duration.ofDays(settings.missedAfterDays() + 2L));
        Instant to = now.plus(Duration.ofDays(settings.maxDaysBefore() + 2L));
        Map<Long, Occurrence> candidates = new LinkedHashMap<>();
        occurrences.openToRemind(now, from, to, zones).forEach(o -> candidates.put(o.id(), o));
        Map<Long, List<Instant>> askedAt = askedToRemind(now);
        List<Long> askedOutside = askedAt.keySet().stream().filter(id -> !candidates.containsKey(id)).toList();
        occurrences.findByIds(askedOutside).stream()
                .filter(o -> o.state() == OccurrenceState.OPEN)
                .forEach(o -> candidates.put(o.id(), o));
        if (candidates.isEmpty()) {
            return Scan.NOTHING;
        }
        Map<Long, Unit> unitsById = units.findByIds(candidates.values().stream().map(Occurrence::unitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Obligation> obligationsById = obligations.findAll().stream()
                .collect(Collectors.toMap(Obligation::id, Function.identity()));
        Map<Long, List<StageMark>> marks = handled.marksOf(candidates.keySet());

        List<DueItem> due = new ArrayList<>();
        Map<Long, Instant> nextNow = new HashMap<>();
        Map<Long, Instant> nextOnceSent = new HashMap<>();
        for (Occurrence occurrence : candidates.values()) {
            Unit unit = unitsById.get(occurrence.unitId());
            Obligation obligation = obligationsById.get(occurrence.obligationId());
            if (unit == null || obligation == null || !zones.contains(unit.zone().getId())) {
                continue;
            }
            if (unit.retired() || obligation.paused()) {
                nextNow.put(occurrence.id(), NEVER);
                continue;
            }
            LocalDate today = now.atZone(unit.zone()).toLocalDate();
            List<LocalDate> askedFor = askedAt.getOrDefault(occurrence.id(), List.of()).stream()
                    .map(at -> LocalDate.ofInstant(at, unit.zone()).plusDays(1))
                    .toList();
            ReminderPolicy policy = settings.policyFor(obligation.definition().reminderPolicy());
            List<Stage> all = stages.stages(occurrence, policy, askedFor);
            List<StageMark> handledMarks = marks.getOrDefault(occurrence.id(), List.of());
            boolean inSpan = !occurrence.dueAt().isBefore(from) && occurrence.dueAt().isBefore(to);
            Optional<Stage> dueStage = inSpan || askedAt.containsKey(occurrence.id())
                    ? stages.dueOn(occurrence, policy, askedFor, today, handledMarks)
                    : Optional.empty();
            if (dueStage.isPresent()) {
                due.add(new DueItem(occurrence, obligation, unit, dueStage.get()));
                List<StageMark> once = new ArrayList<>(handledMarks);
                once.add(new StageMark(occurrence.id(), dueStage.get().key(), dueStage.get().day()));
                nextOnceSent.put(occurrence.id(), startOf(stages.nextDay(all, once), unit.zone()));
            } else {
                nextNow.put(occurrence.id(), startOf(stages.nextDay(all, handledMarks), unit.zone()));
            }
        }
        occurrences.setNextReminders(nextNow);
        return new Scan(due, nextOnceSent);
    }

    /**
     * Works out the next reminder of every open occurrence that has none (new ones, moved or resumed
     * ones), whatever its zone's hour, so the reminder runs that follow read only what is due. Run
     * after planning; the reminder run does the same for any it meets.
     *
     * @return how many were worked out
     */
    public int workOutUnknown(Instant now) {
        Map<Long, Obligation> obligationsById = obligations.findAll().stream()
                .collect(Collectors.toMap(Obligation::id, Function.identity()));
        int total = 0;
        for (List<Occurrence> batch = occurrences.openWithoutNextReminder(UNKNOWN_BATCH); !batch.isEmpty();
                batch = occurrences.openWithoutNextReminder(UNKNOWN_BATCH)) {
            Map<Long, Unit> unitsById = units.findByIds(batch.stream().map(Occurrence::unitId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<Long, List<StageMark>> marks = handled.marksOf(batch.stream().map(Occurrence::id).toList());
            Map<Long, Instant> next = new HashMap<>();
            for (Occurrence occurrence : batch) {
                Unit unit = unitsById.get(occurrence.unitId());
                Obligation obligation = obligationsById.get(occurrence.obligationId());
                if (unit == null || unit.retired() || obligation == null || obligation.paused()) {
                    next.put(occurrence.id(), NEVER);
                    continue;
                }
                List<Stage> all = stages.stages(occurrence, settings.policyFor(obligation.definition().reminderPolicy()), List.of());
                next.put(occurrence.id(), startOf(stages.nextDay(all, marks.getOrDefault(occurrence.id(), List.of())), unit.zone()));
            }
            occurrences.setNextReminders(next);
            total += batch.size();
        }
        return total;
    }

    private static final int UNKNOWN_BATCH = 5_000;

    private static Instant startOf(Optional<LocalDate> day, ZoneId zone) {
        return day.map(d -> d.atStartOfDay(zone).toInstant()).orElse(NEVER);
    }

    private Map<Long, List<Instant>> askedToRemind(Instant now) {
        Map<Long, List<Instant>> asked = new HashMap<>();
        for (StatusUpdate update : statusLog.recordedSince(StatusMeaning.REMIND_TOMORROW, now.minus(ASKED_MEMORY))) {
            if (!update.recordedAt().isAfter(now)) {
                asked.computeIfAbsent(update.occurrenceId(), k -> new ArrayList<>()).add(update.recordedAt());
            }
        }
        return asked;
    }
}
