package vn.doan.nhacviec.scheduler.reminder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.alert.StaffChat;
import vn.doan.nhacviec.data.alert.SupervisorDirectory;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Who receives what concerns a unit. Its reminders go to its bound, active chats that have not
 * paused reminders. What its superiors must hear (escalations, postponement requests, a blocked
 * chat) goes to the chats of its parent, or, where the parent has no active chat, of the nearest
 * ancestor that has one, and to the private chats of the staff and admins over it: a late branch
 * of a commune without a chat is still seen by the district and by the commune's staff.
 */
@Component
public class Recipients {

    private final ChatRepository chats;
    private final UnitRepository units;
    private final SupervisorDirectory directory;

    public Recipients(ChatRepository chats, UnitRepository units, SupervisorDirectory directory) {
        this.chats = chats;
        this.units = units;
        this.directory = directory;
    }

    /** For each unit, the chats its reminders go to (active, not paused). */
    public Map<Long, List<Chat>> reminderChats(Collection<Long> unitIds) {
        Map<Long, List<Chat>> result = new HashMap<>();
        chats.boundToUnits(unitIds).forEach((unitId, bound) -> {
            List<Chat> receiving = bound.stream().filter(chat -> !chat.remindersPaused()).toList();
            if (!receiving.isEmpty()) {
                result.put(unitId, receiving);
            }
        });
        return result;
    }

    /**
     * For each unit that has one, its supervisor: the chats of the nearest ancestor with an active
     * chat, and the private chats of the people holding a staff or admin role at the unit or an
     * ancestor who did not switch {@code kind} off. A unit nobody hears about has no entry.
     *
     * @param includePaused also chats that paused reminders (notices are not reminders)
     */
    public Map<Long, Supervisor> supervisors(Collection<Unit> of, boolean includePaused, AlertKind kind) {
        Map<Long, List<Long>> ancestorsNearestFirst = new HashMap<>();
        Set<Long> allAncestors = new LinkedHashSet<>();
        Set<Long> selfAndAncestors = new LinkedHashSet<>();
        for (Unit unit : of) {
            List<Long> ids = new ArrayList<>(Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).filter(id -> id != unit.id()).toList());
            Collections.reverse(ids);
            ancestorsNearestFirst.put(unit.id(), ids);
            allAncestors.addAll(ids);
            selfAndAncestors.add(unit.id());
            selfAndAncestors.addAll(ids);
        }
        Map<Long, List<Chat>> bound = chats.boundToUnits(allAncestors);
        Map<Long, List<StaffChat>> staffAt = new HashMap<>();
        for (StaffChat staff : directory.staffChatsAt(selfAndAncestors, kind)) {
            if (includePaused || !staff.chat().remindersPaused()) {
                staffAt.computeIfAbsent(staff.unitId(), k -> new ArrayList<>()).add(staff);
            }
        }
        Map<Long, Long> chosen = new HashMap<>();
        Map<Long, List<StaffChat>> peopleOf = new HashMap<>();
        for (Unit unit : of) {
            List<Long> ancestors = ancestorsNearestFirst.get(unit.id());
            List<Long> selfFirst = new ArrayList<>();
            selfFirst.add(unit.id());
            selfFirst.addAll(ancestors);
            List<StaffChat> people = selfFirst.stream().flatMap(id -> staffAt.getOrDefault(id, List.of()).stream()).toList();
            Optional<Long> groupUnit = ancestors.stream().filter(bound::containsKey).findFirst();
            Optional<Long> heard = groupUnit.isPresent() ? groupUnit
                    : people.stream().map(StaffChat::unitId).findFirst();
            heard.ifPresent(id -> {
                chosen.put(unit.id(), id);
                peopleOf.put(unit.id(), people);
            });
        }
        Map<Long, Unit> supervising = units.findByIds(new LinkedHashSet<>(chosen.values())).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Supervisor> result = new HashMap<>();
        chosen.forEach((unitId, supervisorId) -> {
            List<Chat> receiving = bound.getOrDefault(supervisorId, List.of()).stream()
                    .filter(chat -> includePaused || !chat.remindersPaused()).toList();
            Optional.ofNullable(supervising.get(supervisorId))
                    .map(supervisor -> new Supervisor(supervisor, receiving, peopleOf.get(unitId)))
                    .filter(supervisor -> !supervisor.chats().isEmpty())
                    .ifPresent(supervisor -> result.put(unitId, supervisor));
        });
        return result;
    }

    /** The language each chat is read in. */
    public Map<Long, String> languages(Collection<Long> chatIds) {
        return chats.readerLanguages(chatIds);
    }
}
