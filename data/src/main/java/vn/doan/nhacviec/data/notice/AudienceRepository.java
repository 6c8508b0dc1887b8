package vn.doan.nhacviec.data.notice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.unit.Level;

/** Turns an {@link AudienceFilter} into units and the active chats bound to them; lists what a subtree offers to choose from. */
@Repository
public class AudienceRepository {

    private final JdbcClient jdbc;

    public AudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the active units the filter selects, parents before children. */
    public List<Long> units(AudienceFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT u.id FROM unit u WHERE " + where + " ORDER BY u.path").params(params).query(Long.class).list();
    }

    /** The active chats bound to the selected units, one row per (chat, unit), in tree order. */
    public List<NoticeRecipient> chats(AudienceFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT b.chat_id, b.unit_id FROM chat_binding b JOIN chat c ON c.id = b.chat_id JOIN unit u ON u.id = b.unit_id "
                        + "WHERE c.active = 1 AND " + where + " ORDER BY u.path, b.chat_id")
                .params(params).query((rs, i) -> new NoticeRecipient(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Tags carried by active units of the subtree, alphabetically. */
    public List<String> tagsIn(String path) {
        return jdbc.sql("SELECT DISTINCT t.tag FROM unit_tag t JOIN unit u ON u.id = t.unit_id "
                        + "WHERE u.path LIKE ? AND u.retired_at IS NULL ORDER BY t.tag")
                .param(path + "%").query(String.class).list();
    }

    /** Levels of active units strictly below the subtree's root, top down. */
    public List<Level> levelsBelow(String path) {
        List<Level> levels = new ArrayList<>(jdbc.sql("SELECT DISTINCT u.level FROM unit u WHERE u.path LIKE ? AND u.path <> ? AND u.retired_at IS NULL")
                .params(path + "%", path).query((rs, i) -> Level.valueOf(rs.getString(1))).list());
        Collections.sort(levels);
        return levels;
    }

    private static String where(AudienceFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("u.retired_at IS NULL AND (");
        for (int i = 0; i < filter.paths().size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("u.path LIKE ?");
            params.add(filter.paths().get(i) + "%");
        }
        where.append(')');
        if (!filter.levels().isEmpty()) {
            where.append(" AND u.level IN (").append(marks(filter.levels().size())).append(')');
            filter.levels().forEach(level -> params.add(level.name()));
        }
        if (!filter.tags().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM unit_tag t WHERE t.unit_id = u.id AND t.tag IN (")
                    .append(marks(filter.tags().size())).append("))");
            params.addAll(filter.tags());
        }
        return where.toString();
    }

    private static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
