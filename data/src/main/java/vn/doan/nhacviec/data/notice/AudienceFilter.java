package vn.doan.nhacviec.data.notice;

import java.util.List;
import vn.doan.nhacviec.data.unit.Level;

/**
 * Which active units a notice goes to: inside one of the subtrees at {@code paths}, and, when the
 * lists are not empty, of one of {@code levels} and carrying one of {@code tags}. Within a list the
 * entries add up; the lists narrow each other.
 */
public record AudienceFilter(List<String> paths, List<Level> levels, List<String> tags) {

    public AudienceFilter {
        paths = List.copyOf(paths);
        levels = levels == null ? List.of() : List.copyOf(levels);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an audience needs at least one subtree");
        }
    }
}
