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
 * sending hours are looked at; their open occurrences are read by due date (the index on state and
 * due_at) over the span in which any stage can fall, together with the occurrences someone asked to
 * hear about again; each gets the stage due today, unless it was handled.
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

    public List<DueItem> dueAt(Instant now) {
        Set<String> zones = units.zonesInUse().stream()
                .filter(zone -> settings.calendar().remindersOpen(now.atZone(zone)))
                .map(ZoneId::getId)
                .collect(Collectors.toSet());
        if (zones.isEmpty()) {
            return List.of();
        }
        Instant from = now.minus(Duration.ofDays(settings.missedAfterDays() + 2L));
        Instant to = now.plus(Duration.ofDays(settings.maxDaysBefore() + 2L));
        Map<Long, Occurrence> candidates = new LinkedHashMap<>();
        occurrences.openDueBetween(from, to, zones).forEach(o -> candidates.put(o.id(), o));
        Map<Long, List<Instant>> askedAt = askedToRemind(now);
        List<Long> askedOutside = askedAt.keySet().stream().filter(id -> !candidates.containsKey(id)).toList();
        occurrences.findByIds(askedOutside).stream()
                .filter(o -> o.state() == OccurrenceState.OPEN)
                .forEach(o -> candidates.put(o.id(), o));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> unitsById = units.findByIds(candidates.values().stream().map(Occurrence::unitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Obligation> obligationsById = obligations.findAll().stream()
                .collect(Collectors.toMap(Obligation::id, Function.identity()));
        Map<Long, List<StageMark>> marks = handled.marksOf(candidates.keySet());

        List<DueItem> due = new ArrayList<>();
        for (Occurrence occurrence : candidates.values()) {
            Unit unit = unitsById.get(occurrence.unitId());
            Obligation obligation = obligationsById.get(occurrence.obligationId());
            if (unit == null || unit.retired() || obligation == null || obligation.paused()
                    || !zones.contains(unit.zone().getId())) {
                continue;
            }
            LocalDate today = now.atZone(unit.zone()).toLocalDate();
            List<LocalDate> askedFor = askedAt.getOrDefault(occurrence.id(), List.of()).stream()
                    .map(at -> LocalDate.ofInstant(at, unit.zone()).plusDays(1))
                    .toList();
            ReminderPolicy policy = settings.policyFor(obligation.definition().reminderPolicy());
            stages.dueOn(occurrence, policy, askedFor, today, marks.getOrDefault(occurrence.id(), List.of()))
                    .ifPresent(stage -> due.add(new DueItem(occurrence, obligation, unit, stage)));
        }
        return due;
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
