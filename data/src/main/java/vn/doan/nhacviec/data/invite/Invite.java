package vn.doan.nhacviec.data.invite;

import java.time.Instant;
import vn.doan.nhacviec.data.person.Role;

/**
 * An invitation to hold {@code role} at a unit; usable once, until {@code expiresAt}.
 *
 * @param claim a first-admin claim code (written to the log while nobody is admin)
 */
public record Invite(long id, long unitId, Role role, Long createdBy, Instant createdAt, Instant expiresAt, Instant usedAt,
                     boolean claim) {

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
