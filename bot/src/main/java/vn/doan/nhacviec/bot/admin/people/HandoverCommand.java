package vn.doan.nhacviec.bot.admin.people;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.outbox.CodeSpan;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.bot.onboarding.InviteProperties;

/**
 * {@code /chuyenbithu <unit> [#person]}: the unit's secretary loses the role at once; the person
 * named (already in the unit, e.g. a member) becomes secretary, or without a person a single-use
 * invite code is made for whoever will.
 */
@Component
class HandoverCommand implements BotCommand {

    private final UnitScope scope;
    private final RoleChanges changes;
    private final Duration inviteValidFor;

    HandoverCommand(UnitScope scope, RoleChanges changes, InviteProperties invites) {
        this.scope = scope;
        this.changes = changes;
        this.inviteValidFor = Duration.ofDays(invites.validDays());
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("chuyenbithu", List.of("handover"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} {member}", "{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 3);
        Optional<Long> to = words.size() == 2 ? PersonRef.parse(words.get(1)) : Optional.empty();
        if (words.isEmpty() || words.size() > 2 || (words.size() == 2 && to.isEmpty())) {
            context.replyKey("people.handoverUsage");
            return;
        }
        Unit unit = scope.named(context.caller(), words.get(0), Role.ADMIN, "role.handover");
        RoleChanges.Handover handover = to.isPresent()
                ? changes.handOver(context.caller(), unit, to.get())
                : changes.handOverByInvite(context.caller(), unit, inviteValidFor);
        String previous = handover.previous().isEmpty() ? context.text("people.nobody")
                : handover.previous().stream().map(Person::displayName).collect(Collectors.joining(", "));
        if (handover.to() != null) {
            context.replyKey("people.handedOver", unit.name(), previous, handover.to().displayName());
        } else {
            context.replyKey("people.handedOverByInvite", unit.name(), previous, inviteValidFor.toDays(), CodeSpan.of(handover.inviteCode()));
        }
    }
}
