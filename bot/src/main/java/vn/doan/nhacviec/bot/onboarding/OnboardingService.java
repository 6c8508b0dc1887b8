package vn.doan.nhacviec.bot.onboarding;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.Invite;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Redeems an invite code: the sender gets the invite's role at its unit; a secretary's or member's
 * private chat, or a group where the code is sent, is bound to the unit so its reminders arrive
 * there. Wrong codes are counted and slowed down.
 */
@Service
public class OnboardingService {

    static final int MAX_FAILURES_PER_HOUR = 5;

    private final InviteRepository invites;
    private final PersonRepository people;
    private final ChatRepository chats;
    private final UnitRepository units;
    private final TransactionOperations transactions;
    private final Messages messages;
    private final Outgoing outgoing;
    private final AuditLog audit;
    private final Clock clock;
    private final MintedInvites minted;

    public OnboardingService(InviteRepository invites, PersonRepository people, ChatRepository chats, UnitRepository units,
                             TransactionOperations transactions, Messages messages, Outgoing outgoing, AuditLog audit, Clock clock,
                             MintedInvites minted) {
        this.minted = minted;
        this.invites = invites;
        this.people = people;
        this.chats = chats;
        this.units = units;
        this.transactions = transactions;
        this.messages = messages;
        this.outgoing = outgoing;
        this.audit = audit;
        this.clock = clock;
    }

    public void redeem(Caller caller, String code, String subject) {
        if (invites.failuresSince(subject, Duration.ofHours(1)) >= MAX_FAILURES_PER_HOUR) {
            reply(caller, "invite.tooMany");
            return;
        }
        Optional<Invite> invite = invites.findByCode(code);
        if (invite.isEmpty() || !invite.get().usableAt(clock.instant())) {
            invites.recordFailure(subject);
            reply(caller, "invite.invalid");
            return;
        }
        if (!minted.backed(invite.get())) {
            // made by someone who lost the right to, or a claim code once an admin exists: it is cancelled now
            invites.cancel(invite.get().id());
            audit.refused(caller.person().id(), invite.get().unitId(), "invite.redeem", MintedInvites.describe(invite.get()) + "; no longer backed");
            invites.recordFailure(subject);
            reply(caller, "invite.invalid");
            return;
        }
        Unit unit = units.findById(invite.get().unitId()).orElseThrow();
        boolean redeemed = Boolean.TRUE.equals(transactions.execute(status -> apply(caller, invite.get(), unit)));
        if (!redeemed) {
            reply(caller, "invite.invalid");
            return;
        }
        if (invite.get().claim()) {
            // an admin exists now: no other claim code may make another one
            invites.cancelClaims();
        }
        String role = messages.get(caller.locale(), RoleNames.key(invite.get().role()));
        reply(caller, caller.chat().kind() == Chat.ChatKind.GROUP ? "invite.groupBound" : "invite.welcome", unit.name(), role);
    }

    private boolean apply(Caller caller, Invite invite, Unit unit) {
        if (!invites.markUsed(invite.id(), caller.person().id(), caller.chat().id())) {
            return false;
        }
        boolean holds = caller.roles().stream().anyMatch(r -> r.unitId() == unit.id() && r.role() == invite.role());
        if (!holds) {
            people.grant(caller.person().id(), unit.id(), invite.role(), invite.createdBy());
            audit.done(caller.person().id(), unit.id(), "role.grant", null, "person=#" + caller.person().id() + "; role="
                    + invite.role().name().toLowerCase(java.util.Locale.ROOT) + "; invited-by=" + (invite.createdBy() == null ? "claim" : "#" + invite.createdBy()));
        }
        boolean group = caller.chat().kind() == Chat.ChatKind.GROUP;
        if (group || invite.role() == Role.SECRETARY || invite.role() == Role.MEMBER) {
            chats.bind(caller.chat().id(), unit.id());
        }
        return true;
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
