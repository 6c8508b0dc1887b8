package vn.doan.nhacviec.data.unit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.data.db.Inserts;
import vn.doan.nhacviec.data.db.InChunks;
import vn.doan.nhacviec.data.db.ReadCache;
import vn.doan.nhacviec.data.db.ReadCaches;

/**
 * The unit tree. Subtrees are prefix queries on the materialised path; every change is also
 * written to {@code unit_history}, so renaming, moving and retiring lose nothing.
 */
@Repository
public class UnitRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Units by id: an answer reads its unit three times, and every message its chat's units. */
    private final ReadCache<Long, Unit> byId;

    public UnitRepository(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, ReadCaches.NONE);
    }

    @Autowired
    public UnitRepository(JdbcClient jdbc, Clock clock, ReadCaches caches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.byId = caches.cache(20_000);
    }

    @Transactional
    public Unit create(String code, String name, Level level, Long parentId, Collection<String> tags, ZoneId zone, Long actorId) {
        String parentPath = parentId == null ? "/" : findById(parentId).orElseThrow().path();
        long now = clock.millis();
        long id = Inserts.returningId(jdbc, "INSERT INTO unit (code, name, level, parent_id, path, time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                code, name, level.name(), parentId, "?", zone.getId(), now);
        jdbc.sql("UPDATE unit SET path = ? WHERE id = ?").params(parentPath + id + "/", id).update();
        for (String tag : new TreeSet<>(tags)) {
            jdbc.sql("INSERT INTO unit_tag (unit_id, tag) VALUES (?, ?)").params(id, tag).update();
        }
        history(id, UnitChange.CREATED, null, name, actorId);
        byId.changed();
        return findById(id).orElseThrow();
    }

    public Optional<Unit> findById(long id) {
        return Optional.ofNullable(byId.get(id, key -> query("WHERE u.id = ?", key).stream().findFirst().orElse(null)));
    }

    /** The unit's name, with its code when another unit still in use has the same name. */
    public String displayName(Unit unit) {
        long namesakes = jdbc.sql("SELECT COUNT(*) FROM unit WHERE name = ? AND id <> ? AND retired_at IS NULL")
                .params(unit.name(), unit.id()).query(Long.class).single();
        return namesakes == 0 ? unit.name() : unit.name() + " (" + unit.code() + ")";
    }

    public Optional<Unit> findByCode(String code) {
        return query("WHERE u.code = ?", code).stream().findFirst();
    }

    public List<Unit> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Unit> found = new java.util.ArrayList<>(byId.getAll(new LinkedHashSet<>(ids), missing -> InChunks.query(missing,
                        chunk -> query("WHERE u.id IN (" + InChunks.marks(chunk) + ")", chunk.toArray()))
                .stream().collect(Collectors.toMap(Unit::id, unit -> unit))).values());
        found.sort(java.util.Comparator.comparing(Unit::path));
        return found;
    }

    public List<Unit> roots() {
        return query("WHERE u.parent_id IS NULL ORDER BY u.name");
    }

    public List<Unit> children(long parentId) {
        return query("WHERE u.parent_id = ? ORDER BY u.name", parentId);
    }

    /** The unit and everything under it, parents before children. */
    public List<Unit> subtree(Unit root) {
        return query("WHERE u.path LIKE ? ORDER BY u.path", root.path() + "%");
    }

    /** Active units of the given levels inside the subtree of {@code rootPath}. */
    public List<Unit> activeInSubtree(String rootPath, Collection<Level> levels) {
        if (levels.isEmpty()) {
            return List.of();
        }
        String marks = levels.stream().map(l -> "?").collect(Collectors.joining(","));
        Object[] params = new Object[levels.size() + 1];
        params[0] = rootPath + "%";
        int i = 1;
        for (Level level : levels) {
            params[i++] = level.name();
        }
        return query("WHERE u.path LIKE ? AND u.retired_at IS NULL AND u.level IN (" + marks + ") ORDER BY u.path", params);
    }

    /** Every unit that is not retired, parents before children. */
    public List<Unit> allActive() {
        return query("WHERE u.retired_at IS NULL ORDER BY u.path");
    }

    /** Ancestors from the root down to the direct parent. */
    public List<Unit> ancestors(Unit unit) {
        List<Long> ids = Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(id -> id != unit.id()).toList();
        return findByIds(ids);
    }

    /** The time zones of the units that are not retired. */
    public List<ZoneId> zonesInUse() {
        return jdbc.sql("SELECT DISTINCT time_zone FROM unit WHERE retired_at IS NULL ORDER BY time_zone")
                .query((rs, i) -> ZoneId.of(rs.getString(1))).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM unit").query(Long.class).single();
    }

    @Transactional
    public void rename(long id, String newName, Long actorId) {
        Unit unit = findById(id).orElseThrow();
        jdbc.sql("UPDATE unit SET name = ? WHERE id = ?").params(newName, id).update();
        history(id, UnitChange.RENAMED, unit.name(), newName, actorId);
        byId.changed();
    }

    /** Moves a unit and its whole subtree under a new parent. */
    @Transactional
    public void move(long id, long newParentId, Long actorId) {
        Unit unit = findById(id).orElseThrow();
        Unit parent = findById(newParentId).orElseThrow();
        if (parent.isInside(unit)) {
            throw new IllegalArgumentException("a unit cannot move under its own subtree");
        }
        String newPath = parent.path() + id + "/";
        jdbc.sql("UPDATE unit SET path = ? || SUBSTR(path, ?) WHERE path LIKE ?")
                .params(newPath, unit.path().length() + 1, unit.path() + "%").update();
        jdbc.sql("UPDATE unit SET parent_id = ? WHERE id = ?").params(newParentId, id).update();
        history(id, UnitChange.MOVED, String.valueOf(unit.parentId()), String.valueOf(newParentId), actorId);
        byId.changed();
    }

    @Transactional
    public void retire(long id, Long mergedIntoId, Long actorId) {
        jdbc.sql("UPDATE unit SET retired_at = ?, merged_into_id = ? WHERE id = ?").params(clock.millis(), mergedIntoId, id).update();
        history(id, mergedIntoId == null ? UnitChange.RETIRED : UnitChange.MERGED, null,
                mergedIntoId == null ? null : String.valueOf(mergedIntoId), actorId);
        byId.changed();
    }

    @Transactional
    public void setTags(long id, Collection<String> tags, Long actorId) {
        Unit unit = findById(id).orElseThrow();
        jdbc.sql("DELETE FROM unit_tag WHERE unit_id = ?").param(id).update();
        for (String tag : new TreeSet<>(tags)) {
            jdbc.sql("INSERT INTO unit_tag (unit_id, tag) VALUES (?, ?)").params(id, tag).update();
        }
        history(id, UnitChange.TAGGED, String.join(",", unit.tags()), String.join(",", new TreeSet<>(tags)), actorId);
        byId.changed();
    }

    public List<UnitHistoryEntry> history(long unitId) {
        return jdbc.sql("SELECT changed_at, change, old_value, new_value, actor_id FROM unit_history WHERE unit_id = ? ORDER BY id")
                .param(unitId)
                .query((rs, i) -> new UnitHistoryEntry(java.time.Instant.ofEpochMilli(rs.getLong(1)),
                        UnitChange.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5)))
                .list();
    }

    private void history(long unitId, UnitChange change, String oldValue, String newValue, Long actorId) {
        jdbc.sql("INSERT INTO unit_history (unit_id, changed_at, change, old_value, new_value, actor_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(unitId, clock.millis(), change.name(), oldValue, newValue, actorId).update();
    }

    private List<Unit> query(String where, Object... params) {
        List<Row> rows = jdbc.sql("SELECT u.id, u.code, u.name, u.level, u.parent_id, u.path, u.time_zone, u.retired_at FROM unit u " + where)
                .params(params)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8) != null))
                .list();
        Map<Long, Set<String>> tags = tagsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new Unit(r.id, r.code, r.name, Level.valueOf(r.level), r.parentId, r.path,
                tags.getOrDefault(r.id, Set.of()), ZoneId.of(r.zone), r.retired)).toList();
    }

    private Map<Long, Set<String>> tagsOf(List<Long> ids) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (List<Long> chunk : InChunks.of(ids)) {
            jdbc.sql("SELECT unit_id, tag FROM unit_tag WHERE unit_id IN (" + InChunks.marks(chunk) + ") ORDER BY tag")
                    .params(chunk.toArray())
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
        }
        return result;
    }

    private record Row(long id, String code, String name, String level, Long parentId, String path, String zone, boolean retired) {
    }
}
