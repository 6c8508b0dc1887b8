package vn.doan.nhacviec.bot.admin.people;

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
import vn.doan.nhacviec.bot.onboarding.RoleNames;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;

/** {@code /thuhoi <unit> <#person> [role]}: takes a person's role (or all their roles) at a unit away, at once. */
@Component
class RevokeCommand implements BotCommand {

    private final UnitScope scope;
    private final RoleChanges changes;

    RevokeCommand(UnitScope scope, RoleChanges changes) {
        this.scope = scope;
        this.changes = changes;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("thuhoi", List.of("revoke"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} {member}", "{unit} {member} doanvien");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = Words.of(context.args(), 4);
        Optional<Long> person = words.size() >= 2 ? PersonRef.parse(words.get(1)) : Optional.empty();
        Optional<Role> role = words.size() == 3 ? RoleNames.parse(words.get(2)) : Optional.empty();
        if (person.isEmpty() || words.size() > 3 || (words.size() == 3 && role.isEmpty())) {
            context.replyKey("people.revokeUsage");
            return;
        }
        Unit unit = scope.named(context.caller(), words.get(0), Role.ADMIN, "role.revoke");
        List<RoleAssignment> revoked = changes.revoke(context.caller(), unit, person.get(), role.orElse(null));
        String names = revoked.stream().map(r -> context.text(RoleNames.key(r.role()))).distinct().collect(Collectors.joining(", "));
        context.replyKey("people.revoked", "#" + person.get(), names, unit.name());
    }
}
