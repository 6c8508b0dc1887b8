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
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Who receives what concerns a unit. Its reminders go to its bound, active chats that have not
 * paused reminders. What its parent must hear (escalations, postponement requests, a blocked chat)
 * goes to the chats of its parent, or, where the parent has no active chat, of the nearest ancestor
 * that has one: a late branch of a commune without a chat is still seen by the district.
 */
@Component
public class Recipients {

    private final ChatRepository chats;
    private final UnitRepository units;

    public Recipients(ChatRepository chats, UnitRepository units) {
        this.chats = chats;
        this.units = units;
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
     * For each unit that has one, its supervisor: the nearest ancestor with an active chat.
     *
     * @param includePaused also chats that paused reminders (notices are not reminders)
     */
    public Map<Long, Supervisor> supervisors(Collection<Unit> of, boolean includePaused) {
        Map<Long, List<Long>> ancestorsNearestFirst = new HashMap<>();
        Set<Long> allAncestors = new LinkedHashSet<>();
        for (Unit unit : of) {
            List<Long> ids = new ArrayList<>(Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).filter(id -> id != unit.id()).toList());
            Collections.reverse(ids);
            ancestorsNearestFirst.put(unit.id(), ids);
            allAncestors.addAll(ids);
        }
        Map<Long, List<Chat>> bound = chats.boundToUnits(allAncestors);
        Map<Long, Long> chosen = new HashMap<>();
        ancestorsNearestFirst.forEach((unitId, ancestors) -> ancestors.stream()
                .filter(id -> bound.containsKey(id))
                .findFirst()
                .ifPresent(id -> chosen.put(unitId, id)));
        Map<Long, Unit> supervising = units.findByIds(new LinkedHashSet<>(chosen.values())).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Supervisor> result = new HashMap<>();
        chosen.forEach((unitId, supervisorId) -> {
            List<Chat> receiving = bound.get(supervisorId).stream()
                    .filter(chat -> includePaused || !chat.remindersPaused()).toList();
            Optional.ofNullable(supervising.get(supervisorId))
                    .ifPresent(supervisor -> result.put(unitId, new Supervisor(supervisor, receiving)));
        });
        return result;
    }

    /** The language each chat is read in. */
    public Map<Long, String> languages(Collection<Long> chatIds) {
        return chats.readerLanguages(chatIds);
    }
}
