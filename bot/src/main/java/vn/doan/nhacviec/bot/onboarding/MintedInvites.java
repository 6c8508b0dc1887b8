package vn.doan.nhacviec.bot.onboarding;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.invite.Invite;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * An invite is only as good as the right of whoever made it: it stays usable while its maker still
 * may make it (an admin over the unit for staff and admin invites, staff over it for the others),
 * a first-admin claim code only while nobody is admin, and one the system made (no maker) always. Used when a role is revoked (the maker's
 * invites that lost their backing are cancelled) and again when a code is redeemed.
 */
@Component
public class MintedInvites {

    private final InviteRepository invites;
    private final PersonRepository people;
    private final UnitRepository units;
    private final AuditLog audit;

    public MintedInvites(InviteRepository invites, PersonRepository people, UnitRepository units, AuditLog audit) {
        this.invites = invites;
        this.people = people;
        this.units = units;
        this.audit = audit;
    }

    /** The role one must hold over a unit to invite someone to it with {@code role}. */
    public static Role neededToInvite(Role role) {
        return role.atLeast(Role.STAFF) ? Role.ADMIN : Role.STAFF;
    }

    /** Whether the invite's maker still may make it (a claim code: whether nobody is admin yet). */
    public boolean backed(Invite invite) {
        if (invite.claim()) {
            return people.countAdmins() == 0;
        }
        if (invite.createdBy() == null) {
            // made by the system (setup, demo), not by a person whose role could end
            return true;
        }
        Unit unit = units.findById(invite.unitId()).orElse(null);
        return unit != null && covers(people.activeRoles(invite.createdBy()), unit, neededToInvite(invite.role()));
    }

    /** Cancels the open invites {@code personId} made that they may no longer make; returns them. */
    public List<Invite> cancelUnbacked(long personId, Long actorId) {
        List<Invite> cancelled = invites.openCreatedBy(personId).stream().filter(invite -> !backed(invite))
                .filter(invite -> invites.cancel(invite.id())).toList();
        cancelled.forEach(invite -> audit.done(actorId, invite.unitId(), "invite.cancel", describe(invite), "maker lost the role"));
        return cancelled;
    }

    static String describe(Invite invite) {
        return "invite=#" + invite.id() + "; role=" + invite.role().name().toLowerCase(Locale.ROOT)
                + "; by=" + (invite.createdBy() == null ? "claim" : "#" + invite.createdBy());
    }

    private boolean covers(List<RoleAssignment> roles, Unit unit, Role needed) {
        for (RoleAssignment role : roles) {
            if (!role.role().atLeast(needed)) {
                continue;
            }
            if (role.unitId() == unit.id() || units.findById(role.unitId()).map(unit::isInside).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
