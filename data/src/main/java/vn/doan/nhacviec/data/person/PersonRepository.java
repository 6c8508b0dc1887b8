package vn.doan.nhacviec.data.person;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.db.Inserts;

/** People, their messenger identities and their roles at units; a change of roles is published as {@link RolesChanged}. */
@Repository
public class PersonRepository {

    private static final RowMapper<Person> PERSON = (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3));
    private static final RowMapper<RoleAssignment> ASSIGNMENT = (rs, i) -> new RoleAssignment(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), Role.valueOf(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)),
            rs.getObject(6) == null ? null : rs.getLong(6));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final GroupCommit commits;

    public PersonRepository(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this(jdbc, clock, events, GroupCommit.NONE);
    }

    @Autowired
    public PersonRepository(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, GroupCommit commits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.commits = commits;
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql("SELECT id, display_name, language FROM person WHERE id = ?").param(id).query(PERSON).optional();
    }

    public Optional<Person> findByIdentity(String channel, String userRef) {
        return jdbc.sql("SELECT p.id, p.display_name, p.language FROM person p JOIN chat_identity ci ON ci.person_id = p.id "
                        + "WHERE ci.channel = ? AND ci.user_ref = ?")
                .params(channel, userRef).query(PERSON).optional();
    }

    /**
     * The person behind this messenger identity, created on first sight. No transaction: a known
     * person (nearly every message) is one read and takes no turn of SQLite's single writer; a new one
     * is written together with other threads' writes ({@link GroupCommit}). Of two first sights at
     * once, the one whose identity row lost removes the person it had just created.
     */
    public Person findOrCreate(String channel, String userRef, String displayName, String language) {
        return findByIdentity(channel, userRef).orElseGet(() -> commits.write(() -> {
            long id = create(displayName, language);
            int added = jdbc.sql("INSERT INTO chat_identity (person_id, channel, user_ref) VALUES (?, ?, ?) "
                    + "ON CONFLICT (channel, user_ref) DO NOTHING").params(id, channel, userRef).update();
            if (added == 0) {
                jdbc.sql("DELETE FROM person WHERE id = ?").param(id).update();
            }
            return findByIdentity(channel, userRef).orElseThrow();
        }));
    }

    public long create(String displayName, String language) {
        return Inserts.returningId(jdbc, "INSERT INTO person (display_name, language, created_at) VALUES (?, ?, ?)",
                displayName, language, clock.millis());
    }

    public void addIdentity(long personId, String channel, String userRef) {
        jdbc.sql("INSERT INTO chat_identity (person_id, channel, user_ref) VALUES (?, ?, ?)").params(personId, channel, userRef).update();
    }

    public List<String[]> identities(long personId) {
        return jdbc.sql("SELECT channel, user_ref FROM chat_identity WHERE person_id = ? ORDER BY channel")
                .param(personId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    public void setLanguage(long personId, String language) {
        jdbc.sql("UPDATE person SET language = ? WHERE id = ?").params(language, personId).update();
    }

    public void rename(long personId, String displayName) {
        jdbc.sql("UPDATE person SET display_name = ? WHERE id = ?").params(displayName, personId).update();
    }

    public long grant(long personId, long unitId, Role role, Long grantedBy) {
        long id = Inserts.returningId(jdbc, "INSERT INTO role_assignment (person_id, unit_id, role, granted_at, granted_by) VALUES (?, ?, ?, ?, ?)",
                personId, unitId, role.name(), clock.millis(), grantedBy);
        events.publishEvent(new RolesChanged(personId, role));
        return id;
    }

    /** Ends the assignment; one already revoked (or unknown) is left as it is and published as no change. */
    public void revoke(long assignmentId) {
        Optional<RolesChanged> change = jdbc.sql("SELECT person_id, role FROM role_assignment WHERE id = ? AND revoked_at IS NULL")
                .param(assignmentId).query((rs, i) -> new RolesChanged(rs.getLong(1), Role.valueOf(rs.getString(2)))).optional();
        if (change.isEmpty()) {
            return;
        }
        int revoked = jdbc.sql("UPDATE role_assignment SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").params(clock.millis(), assignmentId).update();
        if (revoked > 0) {
            events.publishEvent(change.get());
        }
    }

    public List<RoleAssignment> activeRoles(long personId) {
        return jdbc.sql("SELECT id, person_id, unit_id, role, granted_at, granted_by FROM role_assignment "
                        + "WHERE person_id = ? AND revoked_at IS NULL ORDER BY role, id")
                .param(personId).query(ASSIGNMENT).list();
    }

    public List<RoleAssignment> activeRolesAt(long unitId) {
        return jdbc.sql("SELECT id, person_id, unit_id, role, granted_at, granted_by FROM role_assignment "
                        + "WHERE unit_id = ? AND revoked_at IS NULL ORDER BY role, id")
                .param(unitId).query(ASSIGNMENT).list();
    }

    /** The user ids on {@code channel} of the people holding {@code atLeast} at some unit (their menus differ). */
    public List<String> userRefsHolding(String channel, Role atLeast) {
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(r -> r.atLeast(atLeast)).map(Role::name).toList();
        return jdbc.sql("SELECT DISTINCT ci.user_ref FROM chat_identity ci JOIN role_assignment r ON r.person_id = ci.person_id "
                        + "WHERE ci.channel = :channel AND r.revoked_at IS NULL AND r.role IN (:roles) ORDER BY ci.user_ref")
                .param("channel", channel).param("roles", roles).query(String.class).list();
    }

    public long countAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM role_assignment WHERE role = 'ADMIN' AND revoked_at IS NULL").query(Long.class).single();
    }
}
