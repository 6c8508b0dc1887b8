package vn.doan.nhacviec.bot.access;

import vn.doan.nhacviec.bot.core.Caller;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The one place that decides who may act on which part of the tree. Admins and staff act over
 * the subtree of the unit where they hold the role; secretaries and members at that unit only.
 */
@Component
public class AccessPolicy {

    private final UnitRepository units;

    public AccessPolicy(UnitRepository units) {
        this.units = units;
    }

    /** Whether the caller may use a command that needs {@code required}; in a chat bound to no unit, only commands for anyone. */
    public boolean mayUse(Access required, Caller caller) {
        if (required != Access.ANYONE && !caller.isBound()) {
            return false;
        }
        return switch (required) {
            case ANYONE -> true;
            case BOUND -> caller.isBound();
            case SECRETARY, STAFF, ADMIN -> caller.hasRole(lowestRole(required));
            case TOP_ADMIN -> isTopAdmin(caller);
        };
    }

    /** The lowest role that may use a command needing {@code required} (for anyone bound: any role). */
    public static Role lowestRole(Access required) {
        return switch (required) {
            case ANYONE, BOUND -> Role.MEMBER;
            case SECRETARY -> Role.SECRETARY;
            case STAFF -> Role.STAFF;
            case ADMIN, TOP_ADMIN -> Role.ADMIN;
        };
    }

    /**
     * Whether a menu for people whose highest role is {@code level} lists a command needing
     * {@code required}. A menu cannot tell a top admin from another admin, so it lists top-admin
     * commands to every admin (the command itself still refuses).
     */
    public static boolean listedFor(Access required, Role level) {
        return level.atLeast(lowestRole(required));
    }

    /** The refusal for a caller bound to no unit: a group is told how to bind the group, a person how to join. */
    public static String notBoundKey(Caller caller) {
        return caller.chat().kind() == Chat.ChatKind.GROUP ? "error.notBoundGroup" : "error.notBound";
    }

    /** Admin at a root unit, so over the whole tree. */
    public boolean isTopAdmin(Caller caller) {
        return caller.roles().stream()
                .filter(r -> r.role() == Role.ADMIN)
                .anyMatch(r -> units.findById(r.unitId()).map(u -> u.parentId() == null).orElse(false));
    }

    /** Whether the caller holds {@code atLeast} over {@code unit}. */
    public boolean covers(Caller caller, Unit unit, Role atLeast) {
        for (RoleAssignment assignment : caller.roles()) {
            if (!assignment.role().atLeast(atLeast)) {
                continue;
            }
            if (assignment.unitId() == unit.id()) {
                return true;
            }
            if (assignment.role().atLeast(Role.STAFF)) {
                Unit scope = units.findById(assignment.unitId()).orElse(null);
                if (scope != null && unit.isInside(scope)) {
                    return true;
                }
            }
        }
        // a group chat bound to the unit may read what concerns it
        return atLeast == Role.MEMBER && caller.chatUnitIds().contains(unit.id());
    }

    /**
     * The units the caller speaks for by default, most specific first: the units of the chat (a
     * branch group), then units where the caller is secretary or member, then admin/staff units.
     */
    public List<Unit> ownUnits(Caller caller) {
        Set<Long> ids = new LinkedHashSet<>(caller.chatUnitIds());
        caller.roles().stream().filter(r -> r.role() == Role.SECRETARY).forEach(r -> ids.add(r.unitId()));
        caller.roles().stream().filter(r -> r.role() == Role.MEMBER).forEach(r -> ids.add(r.unitId()));
        caller.roles().stream().filter(r -> r.role().atLeast(Role.STAFF)).forEach(r -> ids.add(r.unitId()));
        List<Unit> found = units.findByIds(ids);
        return ids.stream().flatMap(id -> found.stream().filter(u -> u.id() == id)).toList();
    }
}
