package vn.doan.nhacviec.bot.admin.people;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.onboarding.MintedInvites;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Revoking roles and handing a secretary's role over, checked before anything is written and
 * applied in one transaction with the private chats' bindings and the audit entries.
 */
@Service
class RoleChanges {

    private final PersonRepository people;
    private final ChatRepository chats;
    private final InviteRepository invites;
    private final UnitRepository units;
    private final AuditLog audit;
    private final TransactionOperations transactions;
    private final MintedInvites minted;

    RoleChanges(PersonRepository people, ChatRepository chats, InviteRepository invites, UnitRepository units,
                AuditLog audit, TransactionOperations transactions, MintedInvites minted) {
        this.minted = minted;
        this.people = people;
        this.chats = chats;
        this.invites = invites;
        this.units = units;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Revokes the person's roles at the unit ({@code role} null: all of them); returns those revoked. */
    List<RoleAssignment> revoke(Caller caller, Unit unit, long personId, Role role) {
        List<RoleAssignment> held = people.activeRolesAt(unit.id()).stream()
                .filter(r -> r.personId() == personId && (role == null || r.role() == role)).toList();
        if (held.isEmpty()) {
            throw new UserError("people.noSuchRole", "#" + personId, unit.name());
        }
        if (held.stream().anyMatch(r -> r.role() == Role.ADMIN) && unit.parentId() == null && topAdmins() <= 1) {
            throw new UserError("people.lastTopAdmin");
        }
        transactions.executeWithoutResult(status -> {
            held.forEach(r -> people.revoke(r.id()));
            unbindIfNoRoleLeft(personId, unit);
            held.forEach(r -> audit.done(caller.person().id(), unit.id(), "role.revoke", describe(r), null));
            minted.cancelUnbacked(personId, caller.person().id());
        });
        return held;
    }

    /** The unit's secretaries lose the role; {@code to} (a person already in the unit) gets it. */
    Handover handOver(Caller caller, Unit unit, long toPersonId) {
        Person to = people.findById(toPersonId).filter(p -> isInUnit(p.id(), unit))
                .orElseThrow(() -> new UserError("people.notInUnit", "#" + toPersonId, unit.name()));
        List<RoleAssignment> secretaries = secretaries(unit);
        if (secretaries.stream().anyMatch(r -> r.personId() == to.id())) {
            throw new UserError("people.alreadySecretary", to.displayName(), unit.name());
        }
        return transactions.execute(status -> {
            List<Person> previous = revokeSecretaries(caller, unit, secretaries);
            RoleAssignment granted = assignment(people.grant(to.id(), unit.id(), Role.SECRETARY, caller.person().id()), to.id());
            for (Chat chat : chats.privateChatsOf(to.id())) {
                chats.bind(chat.id(), unit.id());
            }
            audit.done(caller.person().id(), unit.id(), "role.handover", previousText(previous), describe(granted));
            return new Handover(previous, to, null);
        });
    }

    /** The unit's secretaries lose the role; a new secretary joins with the invite code returned. */
    Handover handOverByInvite(Caller caller, Unit unit, Duration validFor) {
        List<RoleAssignment> secretaries = secretaries(unit);
        return transactions.execute(status -> {
            List<Person> previous = revokeSecretaries(caller, unit, secretaries);
            String code = invites.create(unit.id(), Role.SECRETARY, caller.person().id(), validFor);
            audit.done(caller.person().id(), unit.id(), "role.handover", previousText(previous), "invite role=secretary");
            return new Handover(previous, null, code);
        });
    }

    /** What a handover did: who lost the role, and who got it or the invite code for whoever will. */
    record Handover(List<Person> previous, Person to, String inviteCode) {
    }

    private List<Person> revokeSecretaries(Caller caller, Unit unit, List<RoleAssignment> secretaries) {
        for (RoleAssignment secretary : secretaries) {
            people.revoke(secretary.id());
            unbindIfNoRoleLeft(secretary.personId(), unit);
            audit.done(caller.person().id(), unit.id(), "role.revoke", describe(secretary), null);
            minted.cancelUnbacked(secretary.personId(), caller.person().id());
        }
        return secretaries.stream().map(r -> people.findById(r.personId()).orElseThrow()).toList();
    }

    private List<RoleAssignment> secretaries(Unit unit) {
        return people.activeRolesAt(unit.id()).stream().filter(r -> r.role() == Role.SECRETARY).toList();
    }

    /** The person's private chats stop receiving the unit's messages once they hold no role there. */
    private void unbindIfNoRoleLeft(long personId, Unit unit) {
        boolean stillThere = people.activeRoles(personId).stream().anyMatch(r -> r.unitId() == unit.id());
        if (!stillThere) {
            chats.privateChatsOf(personId).forEach(chat -> chats.unbind(chat.id(), unit.id()));
        }
    }

    private boolean isInUnit(long personId, Unit unit) {
        return people.activeRoles(personId).stream().anyMatch(r -> r.unitId() == unit.id());
    }

    private long topAdmins() {
        return units.roots().stream().flatMap(root -> people.activeRolesAt(root.id()).stream())
                .filter(r -> r.role() == Role.ADMIN).map(RoleAssignment::personId).distinct().count();
    }

    private RoleAssignment assignment(long id, long personId) {
        return people.activeRoles(personId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static String describe(RoleAssignment r) {
        return "person=#" + r.personId() + "; role=" + r.role().name().toLowerCase(Locale.ROOT);
    }

    private static String previousText(List<Person> previous) {
        return previous.isEmpty() ? null : "secretary=" + String.join(", ", previous.stream().map(p -> "#" + p.id()).toList());
    }
}
