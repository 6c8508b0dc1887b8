package vn.doan.nhacviec.bot.admin.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.admin.Replanner;
import vn.doan.nhacviec.bot.admin.Words;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitReform;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * {@code /sapnhap [dd/mm/yyyy] <mã> [<mã> …] <mã đích>}: an administrative reform, run once. Each
 * named unit is dissolved: its units move directly under the target and it is merged into it (a
 * province into another, or a whole district tier into its province). Unlike {@code /giaithedv},
 * the plans issued before the reform's date (today unless given) keep binding exactly the units
 * they bound: a Kiên Giang plan still binds the former Kiên Giang communes, now under An Giang.
 */
@Component
class MergeUnitsCommand implements BotCommand {

    static final int MAX_UNITS = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final UnitReform reform;
    private final UnitRepository units;
    private final UnitScope scope;
    private final UnitAudit audit;
    private final Replanner replanner;
    private final TransactionOperations transactions;
    private final Clock clock;

    MergeUnitsCommand(UnitReform reform, UnitRepository units, UnitScope scope, UnitAudit audit, Replanner replanner,
                      TransactionOperations transactions, Clock clock) {
        this.reform = reform;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.replanner = replanner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("sapnhap", List.of("reform"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit} {place}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = new ArrayList<>(Words.of(context.args(), MAX_UNITS + 3));
        LocalDate today = LocalDate.now(clock.withZone(vn.doan.nhacviec.data.time.VietnamTime.ZONE));
        LocalDate effective = today;
        if (!words.isEmpty() && words.get(0).matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            effective = day(words.remove(0));
            if (effective.isAfter(today)) {
                throw new UserError("unit.reformFuture", effective.format(DAY));
            }
        }
        if (words.size() < 2 || words.size() > MAX_UNITS + 1) {
            context.replyKey("unit.reformUsage");
            return;
        }
        UnitReform.Reformed done = merge(context.caller(), words.subList(0, words.size() - 1), words.get(words.size() - 1), effective);
        context.replyKey("unit.reformed", done.dissolved().stream().map(Unit::name).collect(Collectors.joining(", ")),
                done.into().name(), done.moved(), effective.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    private UnitReform.Reformed merge(Caller caller, List<String> codes, String intoCode, LocalDate effective) {
        Unit into = active(scope.named(caller, intoCode, Role.ADMIN, "unit.reform"));
        List<Unit> dissolved = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String code : codes) {
            Unit unit = active(scope.named(caller, code, Role.ADMIN, "unit.reform"));
            if (unit.parentId() == null) {
                throw new UserError("unit.cannotRetireRoot", unit.name());
            }
            if (unit.id() == into.id() || into.isInside(unit)) {
                throw new UserError("unit.moveIntoItself", unit.name(), into.name());
            }
            if (seen.add(unit.id())) {
                dissolved.add(unit);
            }
        }
        long actor = caller.person().id();
        return transactions.execute(status -> {
            UnitReform.Reformed done = reform.dissolveInto(dissolved, into, effective, actor);
            for (Unit unit : dissolved) {
                audit.changed(actor, "unit.reform", unit, unit.id());
            }
            replanner.unitChanged(units.findById(into.id()).orElseThrow(), "unit.reform", actor);
            return done;
        });
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new UserError("unit.reformBadDate", UnitAdministration.shorten(text));
        }
    }

    private static Unit active(Unit unit) {
        if (unit.retired()) {
            throw new UserError("unit.retired", unit.name());
        }
        return unit;
    }
}
