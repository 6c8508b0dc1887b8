package vn.doan.nhacviec.bot.admin.unit;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.admin.ImportProblemText;
import vn.doan.nhacviec.bot.admin.Replanner;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.upload.ImportSource;
import vn.doan.nhacviec.bot.upload.ImportSources;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitCsvImporter;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * {@code /nhapdv <file>}: imports units from a CSV file ({@code code,name,level,parent,tags,time_zone}),
 * sent as a document or pasted as text on a messenger (see {@link ImportSources}).
 * The whole file is checked first (including that every unit and parent it touches is inside the
 * caller's part of the tree); any problem is reported by line and column and nothing is written.
 * {@code /nhapdv ban-do <mã tỉnh> <mã đơn vị>} imports a province of the 2025 map the same way
 * (see {@link MapImport}).
 */
@Component
class ImportUnitsCommand implements BotCommand {

    private final UnitCsvImporter importer;
    private final ImportSources sources;
    private final UnitScope scope;
    private final AuditLog audit;
    private final Replanner replanner;
    private final UnitRepository units;
    private final MapImport mapImport;
    private final ImportProblemText problemText;

    ImportUnitsCommand(UnitCsvImporter importer, ImportSources sources, UnitScope scope, AuditLog audit, Replanner replanner,
                       UnitRepository units, MapImport mapImport, ImportProblemText problemText) {
        this.importer = importer;
        this.sources = sources;
        this.scope = scope;
        this.audit = audit;
        this.replanner = replanner;
        this.units = units;
        this.mapImport = mapImport;
        this.problemText = problemText;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("nhapdv", List.of("importunits"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unitsCsv}", MapImport.WORD + " 12 {unit}");
    }

    @Override
    public void handle(CommandContext context) {
        List<String> words = vn.doan.nhacviec.bot.admin.Words.of(context.args(), 4);
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase(MapImport.WORD)) {
            MapImport.Rows rows = mapImport.rows(context, words.subList(1, words.size()));
            if (rows != null) {
                importRows(context, new java.io.StringReader(rows.csv()), rows.label(), rows.top());
            }
            return;
        }
        if (!context.hasArgs()) {
            sources.askForSource(context, "unit.importUsage");
            return;
        }
        try (ImportSource source = sources.open(context, "csv", Long.MAX_VALUE)) {
            importFile(context, source.path());
        }
    }

    private void importFile(CommandContext context, Path file) {
        Unit top = scope.namedOrTop(context.caller(), null, Role.ADMIN, "unit.import");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importRows(context, withoutByteOrderMark(reader), "file=" + file.getFileName(), top);
        } catch (CharacterCodingException | UncheckedIOException e) {
            throw new UserError("file.notUtf8");
        } catch (IOException e) {
            throw new UserError("file.notFound", file.getFileName().toString());
        }
    }

    /** The same checked import for a file and for the map's rows: problems by line, or one transaction, audited and re-planned. */
    private void importRows(CommandContext context, Reader reader, String label, Unit top) {
        UnitCsvImporter.Result result = importer.importCsv(reader, context.caller().person().id(),
                unit -> scope.covers(context.caller(), unit, Role.ADMIN));
        if (!result.ok()) {
            refuseOutsideScope(context, result.problems());
            context.reply(context.text("unit.importRefused", result.problems().size()) + "\n"
                    + problemText.lines(context.locale(), result.problems()));
            return;
        }
        Long where = result.changedSubtreeId() != null ? result.changedSubtreeId() : top.id();
        audit.done(context.caller().person().id(), where, "unit.import", null,
                 label + "; created=" + result.created() + "; updated=" + result.updated());
        replanner.unitsImported(units.findById(where).orElse(top), context.caller().person().id());
        context.replyKey("unit.imported", result.created(), result.updated());
    }

    /** A line about a unit the caller does not administer is a refusal (audited), not a typing mistake. */
    private void refuseOutsideScope(CommandContext context, List<ImportProblem> problems) {
        problems.stream().filter(UnitCsvImporter::outsideScope).findFirst().ifPresent(p -> {
            String code = String.valueOf(p.value());
            Unit unit = units.findByCode(code).orElse(null);
            String shown = (unit == null ? code : unit.name()) + " " + context.text("unit.atLine", p.line());
            throw unit == null ? scope.refused(context.caller(), null, "unit.import", "outside the caller's part of the tree: " + code, UnitScope.OUTSIDE, shown)
                    : scope.outside(context.caller(), unit, "unit.import", shown);
        });
    }

    /** Spreadsheet programs often start a UTF-8 CSV with a byte order mark; the header must not. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
