package vn.doan.nhacviec.bot.admin.unit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.time.VietnamTime;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitChange;
import vn.doan.nhacviec.data.unit.UnitHistoryEntry;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** {@code /lichsudv [mã]}: a unit's history, latest first: created, renamed, every move, tags, merged or retired. */
@Component
class UnitHistoryCommand implements BotCommand {

    static final int MAX_LINES = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitRepository units;
    private final UnitScope scope;

    UnitHistoryCommand(UnitRepository units, UnitScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("lichsudv", List.of("unithistory"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit unit = scope.namedOrTop(context.caller(), context.args(), Role.ADMIN, "unit.history");
        List<UnitHistoryEntry> history = new java.util.ArrayList<>(units.history(unit.id()));
        java.util.Collections.reverse(history);
        StringBuilder text = new StringBuilder(context.text("unit.historyHeader", unit.name(), unit.code()));
        history.stream().limit(MAX_LINES).forEach(entry -> text.append('\n').append(context.text(
                "unit.history." + entry.change().name().toLowerCase(Locale.ROOT),
                entry.changedAt().atZone(VietnamTime.ZONE).format(DAY), value(entry, entry.oldValue()), value(entry, entry.newValue()))));
        if (history.size() > MAX_LINES) {
            text.append('\n').append(context.text("unit.historyMore", history.size() - MAX_LINES));
        }
        context.reply(text.toString());
    }

    /** Moves and merges keep unit ids: shown as names. */
    private String value(UnitHistoryEntry entry, String value) {
        if (value == null) {
            return "";
        }
        if ((entry.change() == UnitChange.MOVED || entry.change() == UnitChange.MERGED) && value.matches("\\d+")) {
            return units.findById(Long.parseLong(value)).map(Unit::name).orElse(value);
        }
        return value;
    }
}
