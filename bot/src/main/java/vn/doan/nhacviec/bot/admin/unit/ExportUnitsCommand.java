package vn.doan.nhacviec.bot.admin.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.files.AdminFiles;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.sheet.SpreadsheetCells;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitCsvImporter;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * {@code /xuatdv [code]}: the active units of a subtree (by default the caller's whole part of the
 * tree) as a CSV file in the import format, so it can be edited and imported again (names that
 * could start a formula are neutralised, and the import restores them).
 */
@Component
class ExportUnitsCommand implements BotCommand {

    private final UnitRepository units;
    private final UnitScope scope;
    private final AdminFiles files;
    private final AuditLog audit;

    ExportUnitsCommand(UnitRepository units, UnitScope scope, AdminFiles files, AuditLog audit) {
        this.units = units;
        this.scope = scope;
        this.files = files;
        this.audit = audit;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("xuatdv", List.of("exportunits"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        Unit top = scope.namedOrTop(context.caller(), context.args(), Role.ADMIN, "unit.export");
        List<Unit> subtree = units.subtree(top).stream().filter(u -> !u.retired()).toList();
        Path file = files.outgoing("exports", "don-vi-" + top.code(), "csv");
        write(file, top, subtree);
        audit.done(context.caller().person().id(), top.id(), "unit.export", null, "file=" + file.getFileName() + "; units=" + subtree.size());
        context.reply(new OutgoingMessage(context.text("unit.exported", top.name(), subtree.size()), List.of(),
                new OutgoingMessage.Attachment(OutgoingMessage.Attachment.Kind.DOCUMENT, file.toString(), file.getFileName().toString(), "text/csv"),
                null));
    }

    private void write(Path file, Unit top, List<Unit> subtree) {
        Map<Long, String> codes = new HashMap<>();
        subtree.forEach(u -> codes.put(u.id(), u.code()));
        if (top.parentId() != null) {
            units.findById(top.parentId()).ifPresent(parent -> codes.put(parent.id(), parent.code()));
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SpreadsheetCells.appendCsvRecord(writer, UnitCsvImporter.HEADER);
            for (Unit unit : subtree) {
                SpreadsheetCells.appendCsvRecord(writer, Arrays.asList(unit.code(), unit.name(), unit.level().code(),
                        unit.parentId() == null ? "" : codes.get(unit.parentId()), String.join(" ", unit.tags()), unit.zone().getId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export", e);
        }
    }
}
