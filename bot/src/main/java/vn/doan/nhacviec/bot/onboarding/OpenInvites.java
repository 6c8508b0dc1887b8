package vn.doan.nhacviec.bot.onboarding;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.invite.Invite;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The open invites someone may see and cancel: their own, and for an admin all those to units of
 * their part of the tree. Used and expired invites are purged each time the list is asked for or an
 * invite is made (rather than by a job: that is when they would be seen).
 */
@Component
class OpenInvites {

    static final int MAX_SHOWN = 30;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final InviteRepository invites;
    private final UnitRepository units;
    private final PersonRepository people;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    OpenInvites(InviteRepository invites, UnitRepository units, PersonRepository people, AccessPolicy access, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.invites = invites;
        this.units = units;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    void list(CommandContext context) {
        invites.purgeClosed();
        List<Invite> open = visibleTo(context.caller());
        if (open.isEmpty()) {
            context.replyKey("invite.noneOpen");
            return;
        }
        StringBuilder text = new StringBuilder(context.text("invite.openHeader", open.size()));
        Map<Long, String> names = new LinkedHashMap<>();
        open.stream().limit(MAX_SHOWN).forEach(invite -> {
            String unit = units.findById(invite.unitId()).map(u -> u.name() + " [" + u.code() + "]").orElse("?");
            String by = invite.createdBy() == null ? context.text("invite.byClaim") : names.computeIfAbsent(invite.createdBy(),
                    id -> people.findById(id).map(Person::displayName).orElse("?") + " (#" + id + ")");
            text.append('\n').append(context.text("invite.openLine", invite.id(), unit, context.text(RoleNames.key(invite.role())),
                    invite.expiresAt().atZone(VIETNAM).format(WHEN), by));
        });
        if (open.size() > MAX_SHOWN) {
            text.append('\n').append(context.text("invite.openMore", open.size() - MAX_SHOWN));
        }
        text.append("\n\n").append(context.text("invite.openFooter"));
        context.reply(text.toString());
    }

    /** Cancels the invite numbered {@code id}, if the caller made it or administers its unit. */
    void cancel(CommandContext context, long id) {
        Caller caller = context.caller();
        Optional<Invite> invite = invites.findById(id).filter(i -> i.usableAt(clock.instant()));
        if (invite.isEmpty()) {
            throw new UserError("invite.noSuchOpen", "#" + id);
        }
        if (!mayCancel(caller, invite.get())) {
            audit.refused(caller.person().id(), invite.get().unitId(), "invite.cancel", MintedInvites.describe(invite.get()));
            throw new UserError("invite.notYours", "#" + id);
        }
        if (!invites.cancel(id)) {
            throw new UserError("invite.noSuchOpen", "#" + id);
        }
        audit.done(caller.person().id(), invite.get().unitId(), "invite.cancel", MintedInvites.describe(invite.get()), null);
        String unit = units.findById(invite.get().unitId()).map(Unit::name).orElse("?");
        context.replyKey("invite.cancelled", "#" + id, unit, context.text(RoleNames.key(invite.get().role())));
    }

    private boolean mayCancel(Caller caller, Invite invite) {
        if (invite.createdBy() != null && invite.createdBy() == caller.person().id()) {
            return true;
        }
        return units.findById(invite.unitId()).map(unit -> access.covers(caller, unit, Role.ADMIN)).orElse(false);
    }

    private List<Invite> visibleTo(Caller caller) {
        Map<Long, Invite> visible = new LinkedHashMap<>();
        invites.openCreatedBy(caller.person().id()).forEach(i -> visible.put(i.id(), i));
        caller.roles().stream().filter(r -> r.role() == Role.ADMIN).map(r -> units.findById(r.unitId())).flatMap(Optional::stream)
                .forEach(unit -> invites.openInSubtree(unit.path()).forEach(i -> visible.putIfAbsent(i.id(), i)));
        return visible.values().stream().sorted(Comparator.comparing(Invite::createdAt).thenComparing(Invite::id)).toList();
    }
}
