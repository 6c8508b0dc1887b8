package vn.doan.nhacviec.bot.postpone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.postpone.PostponeRequestRepository;
import vn.doan.nhacviec.data.postpone.PostponeRequestRow;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The postponement requests waiting for a decision over the caller's part of the tree
 * ({@code /duyet}, or {@code /duyet <unit code>} for one subtree), oldest first, each with its
 * answers: ✅ approve, ❌ decline, 📅 propose another day.
 */
@Component
class PendingPostponesCommand implements BotCommand {

    static final int LISTED = 10;
    static final int WITH_CHOICES = 5;

    private final PostponeRequestRepository requests;
    private final PostponeDecisions decisions;
    private final UnitScope scope;
    private final PersonRepository people;

    PendingPostponesCommand(PostponeRequestRepository requests, PostponeDecisions decisions, UnitScope scope, PersonRepository people) {
        this.requests = requests;
        this.decisions = decisions;
        this.scope = scope;
        this.people = people;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("duyet", "pending", Access.STAFF);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        List<Unit> roots = context.hasArgs() ? List.of(scope.namedOrTop(context.caller(), context.args(), Role.STAFF, "postpone.pending"))
                : scope.roots(context.caller(), Role.STAFF);
        Map<Long, PostponeRequestRow> pending = new LinkedHashMap<>();
        long total = 0;
        for (Unit root : roots) {
            total += requests.countPendingInSubtree(root.path());
            requests.pendingInSubtree(root.path(), LISTED).forEach(row -> pending.putIfAbsent(row.id(), row));
        }
        if (pending.isEmpty()) {
            context.replyKey("postpone.pending.none");
            return;
        }
        List<PostponeRequestRow> listed = pending.values().stream()
                .sorted(Comparator.comparing(PostponeRequestRow::requestedAt).thenComparing(PostponeRequestRow::id))
                .limit(LISTED).toList();
        Locale locale = context.locale();
        StringBuilder text = new StringBuilder(context.text("postpone.pending.header", total));
        List<OutgoingMessage.Choice> choices = new ArrayList<>();
        int n = 0;
        for (PostponeRequestRow row : listed) {
            PostponeDecisions.Request request = decisions.load(row.id()).orElse(null);
            if (request == null) {
                continue;
            }
            n++;
            String by = row.requestedBy() == null ? ""
                    : people.findById(row.requestedBy()).map(p -> " " + context.text("notice.postponeBy", p.displayName())).orElse("");
            text.append('\n').append(context.text("postpone.pending.line", n, request.unit().name(), decisions.title(locale, request),
                    PostponeDecisions.date(row.requestedDay()), PostponeDecisions.date(request.occurrence().lastDay()), by));
            if (n <= WITH_CHOICES) {
                choices.add(new OutgoingMessage.Choice("✅ " + n, PostponeChoiceHandler.data(PostponeChoiceHandler.APPROVE, row.id())));
                choices.add(new OutgoingMessage.Choice("❌ " + n, PostponeChoiceHandler.data(PostponeChoiceHandler.DECLINE, row.id())));
                choices.add(new OutgoingMessage.Choice("📅 " + n, PostponeChoiceHandler.data(PostponeChoiceHandler.COUNTER, row.id())));
            }
        }
        if (total > n) {
            text.append('\n').append(context.text("postpone.pending.more", total - n));
        }
        text.append("\n\n").append(context.text("postpone.pending.hint"));
        context.reply(OutgoingMessage.text(text.toString()).withChoices(choices));
    }
}
