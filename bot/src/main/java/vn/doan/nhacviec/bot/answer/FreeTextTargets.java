package vn.doan.nhacviec.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Which items a free-text answer (no item number) can be about. The rules, in order:
 * <ol>
 *   <li>Only items of the units the person answers for in this chat: the units the chat is bound to
 *       and those where the person is secretary or member. Never the items of a unit someone else
 *       listed last (an admin's {@code /viec kg}).</li>
 *   <li>Among those, the items of the message answered (a reply, or the latest message in the chat
 *       that showed items); if none of them fits, all open items of those units.</li>
 *   <li>A topic in the answer («họp», «báo cáo») keeps the items of that topic.</li>
 *   <li>A counted thing («500 cây») keeps the items that count it; a yes/no duty takes only a head
 *       count («18/25 đoàn viên»).</li>
 *   <li>A day in the answer («đã họp 20/11») keeps the items whose period holds it; when no item's
 *       period holds it, the person is asked which item.</li>
 * </ol>
 */
@Component
class FreeTextTargets {

    /** What the answer can be about: the items, and whether its day fell outside all their periods. */
    sealed interface Resolution {
    }

    /** @param shownOn the message the items were shown on, when they come from it; else null */
    record Targets(List<Occurrence> items, boolean dayOutsidePeriods, Long shownOn) implements Resolution {
    }

    /** @param detail what the text named that nothing fits: a {@link AnswerFit.Topic}, a counted thing, or null */
    record Refusal(String key, Object detail) implements Resolution {
    }

    private final OpenItems openItems;
    private final ShownItems shown;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final UnitRepository units;

    FreeTextTargets(OpenItems openItems, ShownItems shown, OccurrenceRepository occurrences, ObligationRepository obligations,
                    UnitRepository units) {
        this.openItems = openItems;
        this.shown = shown;
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.units = units;
    }

    Resolution resolve(Caller caller, StatusEntry entry, String text, Long answeredMessage) {
        Set<Long> own = answeringUnitIds(caller);
        if (own.isEmpty()) {
            return new Refusal("answer.noOwnUnit", null);
        }
        ShownItems.Shown answered = shown.answered(caller, answeredMessage);
        List<Occurrence> onScreen = occurrences.findByIds(answered.items()).stream()
                .filter(o -> !o.state().isClosed() && own.contains(o.unitId()))
                .toList();
        List<Occurrence> allOpen = new ArrayList<>();
        units.findByIds(own).forEach(unit -> allOpen.addAll(openItems.of(unit)));
        if (allOpen.isEmpty() && onScreen.isEmpty()) {
            return new Refusal("answer.nothingOpen", null);
        }
        Optional<AnswerFit.Topic> topic = AnswerFit.Topic.of(text);
        Predicate<Occurrence> fits = occurrence -> {
            Obligation obligation = obligations.findById(occurrence.obligationId()).orElseThrow();
            return topic.map(t -> t.matches(obligation)).orElse(true) && AnswerFit.quantityFits(obligation, entry, text);
        };
        List<Occurrence> fitting = onScreen.stream().filter(fits).toList();
        Long shownOn = answered.outboxId();
        if (fitting.isEmpty()) {
            fitting = allOpen.stream().filter(fits).toList();
            shownOn = null;
        }
        if (fitting.isEmpty()) {
            if (topic.isPresent()) {
                return new Refusal("answer.noTopicItem", topic.get());
            }
            return new Refusal("answer.noQuantityItem", AnswerFit.countedThing(text).orElse(""));
        }
        if (entry.doneOn() == null) {
            return new Targets(fitting, false, shownOn);
        }
        List<Occurrence> ofThatDay = fitting.stream().filter(o -> AnswerFit.inPeriod(o, entry.doneOn())).toList();
        return ofThatDay.isEmpty() ? new Targets(fitting, true, shownOn) : new Targets(ofThatDay, false, shownOn);
    }

    /** The units whose items a person answers in this chat without naming a number. */
    private static Set<Long> answeringUnitIds(Caller caller) {
        Set<Long> ids = new LinkedHashSet<>(caller.chatUnitIds());
        caller.roles().stream()
                .filter(r -> r.role() == Role.SECRETARY || r.role() == Role.MEMBER)
                .forEach(r -> ids.add(r.unitId()));
        return ids;
    }
}
