package vn.doan.nhacviec.data.person;

/**
 * Published when a person gets or loses a role, inside the transaction that writes it when there is
 * one: what follows from roles (the menus a messenger shows them) listens instead of checking again
 * on every message.
 *
 * @param role the role granted or revoked
 */
public record RolesChanged(long personId, Role role) {
}
