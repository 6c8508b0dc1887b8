package vn.doan.nhacviec.data.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.data.db.ReadCache;
import vn.doan.nhacviec.data.db.ReadCaches;

/**
 * Obligations and the versions of their definitions. A changed definition becomes a new version;
 * occurrences already created keep their dates.
 */
@Repository
public class ObligationRepository {

    private static final String COLUMNS = "id, code, plan_id, title, version, definition, paused";
    /** Definitions read from their JSON text: an answer looks up its obligation several times, a year plan thousands. */
    private static final Cache<String, ObligationDefinition> DEFINITIONS = Caffeine.newBuilder().maximumSize(5_000).build();
    private static final RowMapper<Obligation> MAPPER = (rs, i) -> new Obligation(rs.getLong(1), rs.getString(2), rs.getLong(3),
            rs.getString(4), rs.getInt(5), DEFINITIONS.get(rs.getString(6), json -> CatalogJson.read(json, ObligationDefinition.class)),
            rs.getInt(7) == 1);

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Obligations by id: every answer looks its obligation up several times. */
    private final ReadCache<Long, Obligation> byId;

    public ObligationRepository(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, ReadCaches.NONE);
    }

    @Autowired
    public ObligationRepository(JdbcClient jdbc, Clock clock, ReadCaches caches) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.byId = caches.cache(2_000);
    }

    public Optional<Obligation> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE code = ?").param(code).query(MAPPER).optional();
    }

    public Optional<Obligation> findById(long id) {
        return Optional.ofNullable(byId.get(id, key -> jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE id = ?").param(key)
                .query(MAPPER).optional().orElse(null)));
    }

    public List<Obligation> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM obligation ORDER BY code").query(MAPPER).list();
    }

    public List<Obligation> findByPlan(long planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM obligation WHERE plan_id = ? ORDER BY code").param(planId).query(MAPPER).list();
    }

    /** What importing this definition from the catalogue file did. */
    public enum ImportResult { CREATED, CHANGED, UNCHANGED }

    /**
     * Applies a definition read from a catalogue file: a new code is created; a definition that
     * differs from the one last imported from the file becomes a new version; otherwise nothing
     * changes (so an edit made from chat survives restarts while the file stays the same).
     */
    @Transactional
    public ImportResult importFromFile(long planId, ObligationDefinition definition) {
        String json = CatalogJson.write(definition);
        Optional<String> lastImported = jdbc.sql("SELECT file_definition FROM obligation WHERE code = ?")
                .param(definition.code()).query(String.class).optional();
        if (lastImported.isEmpty()) {
            jdbc.sql("INSERT INTO obligation (code, plan_id, title, version, definition, file_definition, updated_at) "
                            + "VALUES (?, ?, ?, 1, ?, ?, ?)")
                    .params(definition.code(), planId, definition.title(), json, json, clock.millis()).update();
            byId.changed();
            recordVersion(findByCode(definition.code()).orElseThrow(), null);
            return ImportResult.CREATED;
        }
        if (Objects.equals(lastImported.get(), json)) {
            return ImportResult.UNCHANGED;
        }
        update(definition.code(), definition, null);
        jdbc.sql("UPDATE obligation SET file_definition = ?, plan_id = ? WHERE code = ?").params(json, planId, definition.code()).update();
        byId.changed();
        return ImportResult.CHANGED;
    }

    /**
     * A new obligation made from chat. It has no file definition, so a later start-up import of the
     * catalogue files leaves it alone.
     */
    @Transactional
    public Obligation create(long planId, ObligationDefinition definition, Long createdBy) {
        jdbc.sql("INSERT INTO obligation (code, plan_id, title, version, definition, updated_at) VALUES (?, ?, ?, 1, ?, ?)")
                .params(definition.code(), planId, definition.title(), CatalogJson.write(definition), clock.millis()).update();
        byId.changed();
        Obligation created = findByCode(definition.code()).orElseThrow();
        recordVersion(created, createdBy);
        return created;
    }

    /** A new version of the definition (from the file or from an admin in chat). */
    @Transactional
    public Obligation update(String code, ObligationDefinition definition, Long changedBy) {
        jdbc.sql("UPDATE obligation SET title = ?, version = version + 1, definition = ?, updated_at = ? WHERE code = ?")
                .params(definition.title(), CatalogJson.write(definition), clock.millis(), code).update();
        byId.changed();
        Obligation updated = findByCode(code).orElseThrow();
        recordVersion(updated, changedBy);
        return updated;
    }

    public void setPaused(long obligationId, boolean paused) {
        jdbc.sql("UPDATE obligation SET paused = ?, updated_at = ? WHERE id = ?").params(paused ? 1 : 0, clock.millis(), obligationId).update();
        // a paused duty is reminded of never, a resumed one from its next stage: the reminder run works both out again
        jdbc.sql("UPDATE occurrence SET next_remind_at = NULL WHERE obligation_id = ? AND state = 'OPEN'").param(obligationId).update();
        byId.changed();
    }

    public int versionCount(long obligationId) {
        return jdbc.sql("SELECT COUNT(*) FROM obligation_version WHERE obligation_id = ?").param(obligationId).query(Integer.class).single();
    }

    private void recordVersion(Obligation obligation, Long changedBy) {
        jdbc.sql("INSERT INTO obligation_version (obligation_id, version, definition, valid_from, changed_by) VALUES (?, ?, ?, ?, ?)")
                .params(obligation.id(), obligation.version(), CatalogJson.write(obligation.definition()), clock.millis(), changedBy)
                .update();
    }
}
