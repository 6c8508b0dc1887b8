package vn.doan.nhacviec.bot.admin.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.onboarding.RoleNames;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * {@code /nguoi [unit]}: who holds which role at a unit and on which channels they are reached, the
 * chats that receive its messages and its open invites. Staff and admins over the unit.
 */
@Component
class PeopleCommand implements BotCommand {

    static final int MAX_PEOPLE = 50;

    private final UnitScope scope;
    private final PersonRepository people;
    private final ChatRepository chats;
    private final InviteRepository invites;

    PeopleCommand(UnitScope scope, PersonRepository people, ChatRepository chats, InviteRepository invites) {
        this.scope = scope;
        this.people = people;
        this.chats = chats;
        this.invites = invites;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("nguoi", List.of("people"), Access.STAFF, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit unit = scope.namedOrTop(context.caller(), context.args(), Role.STAFF, "people.list");
        List<RoleAssignment> roles = people.activeRolesAt(unit.id());
        StringBuilder text = new StringBuilder(context.text("people.header", unit.name(), unit.code()));
        if (roles.isEmpty()) {
            text.append('\n').append(context.text("people.none"));
        }
        Map<Long, List<RoleAssignment>> byPerson = roles.stream()
                .collect(Collectors.groupingBy(RoleAssignment::personId, LinkedHashMap::new, Collectors.toList()));
        byPerson.entrySet().stream().limit(MAX_PEOPLE).forEach(entry -> {
            String name = people.findById(entry.getKey()).map(p -> p.displayName()).orElse("?");
            String roleNames = entry.getValue().stream().map(r -> context.text(RoleNames.key(r.role()))).distinct()
                    .collect(Collectors.joining(", "));
            String channels = people.identities(entry.getKey()).stream().map(identity -> identity[0]).distinct()
                    .collect(Collectors.joining(", "));
            text.append('\n').append(context.text("people.line", "#" + entry.getKey(), name, roleNames, channels));
        });
        if (byPerson.size() > MAX_PEOPLE) {
            text.append('\n').append(context.text("people.more", byPerson.size() - MAX_PEOPLE));
        }
        List<Chat> bound = chats.boundTo(unit.id());
        long groups = bound.stream().filter(c -> c.kind() == Chat.ChatKind.GROUP).count();
        text.append('\n').append(context.text("people.chats", bound.size(), groups));
        text.append('\n').append(context.text("people.invites", invites.openForUnit(unit.id()).size()));
        text.append("\n\n").append(context.text("people.hint", unit.code()));
        context.reply(text.toString());
    }
}
