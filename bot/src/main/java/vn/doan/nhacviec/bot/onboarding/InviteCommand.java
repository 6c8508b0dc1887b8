package vn.doan.nhacviec.bot.onboarding;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.outbox.CodeSpan;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * {@code /moi <unit code> <role>}: creates a single-use invite. Staff invite secretaries and members
 * inside their subtree; inviting staff or admins needs an admin over the unit. {@code /moi} alone
 * lists the open invites (see {@link OpenInvites}); {@code /huymoi} cancels one.
 */
@Component
class InviteCommand implements BotCommand {

    private final InviteRepository invites;
    private final UnitScope resolver;
    private final AccessPolicy access;
    private final InviteLinks links;
    private final Duration validFor;
    private final AuditLog audit;
    private final OpenInvites open;

    InviteCommand(InviteRepository invites, UnitScope resolver, AccessPolicy access, InviteLinks links,
                  InviteProperties inviteProperties, AuditLog audit, OpenInvites open) {
        this.open = open;
        this.invites = invites;
        this.resolver = resolver;
        this.access = access;
        this.links = links;
        this.validFor = Duration.ofDays(inviteProperties.validDays());
        this.audit = audit;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("moi", List.of("invite"), Access.STAFF, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} bithu", "{unit} doanvien", "");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            open.list(context);
            return;
        }
        String[] parts = context.args().split("\\s+");
        Optional<Role> role = parts.length == 2 ? RoleNames.parse(parts[1]) : Optional.empty();
        if (role.isEmpty()) {
            context.replyKey("invite.usage");
            return;
        }
        Role needed = MintedInvites.neededToInvite(role.get());
        Unit unit = resolver.resolve(context.caller(), parts[0], needed, "invite.create");
        invites.purgeClosed();
        String code = invites.create(unit.id(), role.get(), context.caller().person().id(), validFor);
        audit.done(context.caller().person().id(), unit.id(), "invite.create", null,
                "role=" + role.get().name().toLowerCase(java.util.Locale.ROOT) + "; valid-days=" + validFor.toDays());
        String roleName = context.text(RoleNames.key(role.get()));
        StringBuilder text = new StringBuilder(context.text("invite.created", unit.name(), roleName, validFor.toDays(), CodeSpan.of(code)));
        links.telegramStartLink(code).ifPresent(link -> text.append('\n').append(context.text("invite.telegramLink", link)));
        text.append('\n').append(context.text("invite.otherWays", CodeSpan.of(code)));
        context.reply(text.toString());
    }
}
