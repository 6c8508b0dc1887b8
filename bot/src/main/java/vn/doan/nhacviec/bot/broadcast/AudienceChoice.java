package vn.doan.nhacviec.bot.broadcast;

import java.util.List;
import vn.doan.nhacviec.data.unit.Level;

/**
 * The recipients a staff member picked: the subtrees of {@code unitIds} (none: their own main
 * subtree), narrowed to {@code levels} and to units carrying one of {@code tags} when those are
 * not empty.
 */
record AudienceChoice(List<Long> unitIds, List<Level> levels, List<String> tags) {

    AudienceChoice {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
        levels = levels == null ? List.of() : List.copyOf(levels);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static AudienceChoice wholeSubtree(long unitId) {
        return new AudienceChoice(List.of(unitId), List.of(), List.of());
    }

    static AudienceChoice level(Level level) {
        return new AudienceChoice(List.of(), List.of(level), List.of());
    }

    static AudienceChoice tag(String tag) {
        return new AudienceChoice(List.of(), List.of(), List.of(tag));
    }
}
