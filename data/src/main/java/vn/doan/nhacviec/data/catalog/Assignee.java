package vn.doan.nhacviec.data.catalog;

import java.util.List;
import vn.doan.nhacviec.data.unit.Level;

/**
 * Who must do an obligation: every unit of one of {@code levels} inside the issuer's subtree that
 * carries all of {@code tagsAll} and none of {@code tagsNone}.
 */
public record Assignee(List<Level> levels, List<String> tagsAll, List<String> tagsNone) {

    public Assignee {
        levels = levels == null ? List.of() : List.copyOf(levels);
        tagsAll = tagsAll == null ? List.of() : List.copyOf(tagsAll);
        tagsNone = tagsNone == null ? List.of() : List.copyOf(tagsNone);
    }

    public boolean matches(Level level, java.util.Collection<String> tags) {
        return levels.contains(level) && tags.containsAll(tagsAll) && tagsNone.stream().noneMatch(tags::contains);
    }
}
