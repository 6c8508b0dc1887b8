package vn.doan.nhacviec.data.invite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doan.nhacviec.data.db.Inserts;
import vn.doan.nhacviec.data.person.Role;

@Repository
public class InviteRepository {

    private static final RowMapper<Invite> MAPPER = (rs, i) -> new Invite(rs.getLong(1), rs.getLong(2), Role.valueOf(rs.getString(3)),
            rs.getObject(4) == null ? null : rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)),
            rs.getObject(7) == null ? null : Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8) == 1);
    private static final String COLUMNS = "id, unit_id, role, created_by, created_at, expires_at, used_at, claim";

    private final JdbcClient jdbc;
    private final Clock clock;

    public InviteRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates an invite and returns its code (the only time the code exists in clear). */
    public String create(long unitId, Role role, Long createdBy, Duration validFor) {
        return insert(unitId, role, createdBy, validFor, false);
    }

    /** Creates a first-admin claim code (admin of {@code rootId}, no maker) and returns it. */
    public String createClaim(long rootId, Duration validFor) {
        return insert(rootId, Role.ADMIN, null, validFor, true);
    }

    private String insert(long unitId, Role role, Long createdBy, Duration validFor, boolean claim) {
        String code = InviteCodes.newCode();
        long now = clock.millis();
        Inserts.returningId(jdbc, "INSERT INTO invite (code_hash, unit_id, role, created_by, created_at, expires_at, claim) VALUES (?, ?, ?, ?, ?, ?, ?)",
                InviteCodes.hash(code), unitId, role.name(), createdBy, now, now + validFor.toMillis(), claim ? 1 : 0);
        return code;
    }

    /** The invite of a code however it was typed (see {@link InviteCodes}); empty when none. */
    public Optional<Invite> findByCode(String code) {
        for (String hash : InviteCodes.candidateHashes(code)) {
            Optional<Invite> invite = jdbc.sql("SELECT " + COLUMNS + " FROM invite WHERE code_hash = ?").param(hash).query(MAPPER).optional();
            if (invite.isPresent()) {
                return invite;
            }
        }
        return Optional.empty();
    }

    /** Marks the invite used; false if someone used it first. */
    public boolean markUsed(long inviteId, long personId, long chatId) {
        return jdbc.sql("UPDATE invite SET used_at = ?, used_by = ?, used_chat_id = ? WHERE id = ? AND used_at IS NULL")
                .params(clock.millis(), personId, chatId, inviteId).update() == 1;
    }

    public List<Invite> openForUnit(long unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invite WHERE unit_id = ? AND used_at IS NULL AND expires_at > ? ORDER BY created_at")
                .params(unitId, clock.millis()).query(MAPPER).list();
    }

    /** The open invites {@code personId} made, oldest first. */
    public List<Invite> openCreatedBy(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invite WHERE created_by = ? AND used_at IS NULL AND expires_at > ? ORDER BY created_at, id")
                .params(personId, clock.millis()).query(MAPPER).list();
    }

    /** The open invites to units of the subtree at {@code path} (a unit's materialised path), oldest first. */
    public List<Invite> openInSubtree(String path) {
        return jdbc.sql("SELECT i.id, i.unit_id, i.role, i.created_by, i.created_at, i.expires_at, i.used_at, i.claim FROM invite i"
                        + " JOIN unit u ON u.id = i.unit_id WHERE u.path LIKE ? AND i.used_at IS NULL AND i.expires_at > ?"
                        + " ORDER BY i.created_at, i.id")
                .params(path + "%", clock.millis()).query(MAPPER).list();
    }

    public Optional<Invite> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invite WHERE id = ?").param(id).query(MAPPER).optional();
    }

    /** Cancels an open invite: its code stops working at once. False when it was used or gone already. */
    public boolean cancel(long inviteId) {
        return jdbc.sql("DELETE FROM invite WHERE id = ? AND used_at IS NULL").param(inviteId).update() == 1;
    }

    /** Cancels every open first-admin claim code (the invites nobody made); returns how many. */
    public int cancelClaims() {
        return jdbc.sql("DELETE FROM invite WHERE claim = 1 AND used_at IS NULL").update();
    }

    /**
     * Deletes the invites that can no longer be used (used, or expired) and failed attempts older
     * than a day; returns how many invites went. Only their hashes were kept. A used invite is kept
     * while it is the only trace of the private chat where someone joined (see
     * {@code ChatRepository.privateChatsOf}).
     */
    public int purgeClosed() {
        long now = clock.millis();
        jdbc.sql("DELETE FROM invite_failure WHERE failed_at < ?").param(now - Duration.ofDays(1).toMillis()).update();
        int expired = jdbc.sql("DELETE FROM invite WHERE used_at IS NULL AND expires_at <= ?").param(now).update();
        int used = jdbc.sql("DELETE FROM invite WHERE used_at IS NOT NULL AND (used_chat_id IS NULL"
                + " OR EXISTS (SELECT 1 FROM chat c WHERE c.id = invite.used_chat_id AND c.kind <> 'PRIVATE')"
                + " OR EXISTS (SELECT 1 FROM chat c JOIN chat_identity ci ON ci.channel = c.channel AND ci.user_ref = c.chat_ref"
                + " WHERE c.id = invite.used_chat_id AND ci.person_id = invite.used_by))").update();
        return expired + used;
    }

    public void recordFailure(String subject) {
        jdbc.sql("INSERT INTO invite_failure (subject, failed_at) VALUES (?, ?)").params(subject, clock.millis()).update();
    }

    public int failuresSince(String subject, Duration window) {
        return jdbc.sql("SELECT COUNT(*) FROM invite_failure WHERE subject = ? AND failed_at > ?")
                .params(subject, clock.millis() - window.toMillis()).query(Integer.class).single();
    }

    public long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM invite").query(Long.class).single();
    }
}
