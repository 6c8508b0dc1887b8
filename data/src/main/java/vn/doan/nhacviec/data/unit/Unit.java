package vn.doan.nhacviec.data.unit;

import java.time.ZoneId;
import java.util.Set;

/**
 * A unit of the union's tree.
 *
 * @param code     stable, human-typable identifier (lower case, digits, hyphens), e.g. {@code tn-tan-bien-hoa-hiep-ap-3}
 * @param path     materialised path of ids from the root, {@code /1/4/17/}
 * @param retired  retired units keep their history but get no new occurrences
 */
public record Unit(
        long id,
        String code,
        String name,
        Level level,
        Long parentId,
        String path,
        Set<String> tags,
        ZoneId zone,
        boolean retired) {

    public boolean isInside(Unit ancestor) {
        return path.startsWith(ancestor.path());
    }

    public boolean isInside(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
