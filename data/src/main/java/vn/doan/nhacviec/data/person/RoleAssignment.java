package vn.doan.nhacviec.data.person;

import java.time.Instant;

/** A person's role at a unit; revoked assignments stay for history. */
public record RoleAssignment(long id, long personId, long unitId, Role role, Instant grantedAt, Long grantedBy) {
}
