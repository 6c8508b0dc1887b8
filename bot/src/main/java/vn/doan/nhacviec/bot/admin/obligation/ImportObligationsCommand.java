package vn.doan.nhacviec.bot.admin.obligation;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.upload.ImportSource;
import vn.doan.nhacviec.bot.upload.ImportSources;

/**
 * {@code /nhapnv <file>}: adds or changes obligations from a YAML file in the catalogue's format
 * (see {@code config/catalog/README.md}), sent as a document or pasted as text on a messenger (see
 * {@link ImportSources}); the whole file is checked before anything is written.
 */
@Component
class ImportObligationsCommand implements BotCommand {

    static final long MAX_BYTES = 1_000_000;

    private final ImportSources sources;
    private final ObligationImportCheck check;
    private final ObligationChanges changes;

    ImportObligationsCommand(ImportSources sources, ObligationImportCheck check, ObligationChanges changes) {
        this.sources = sources;
        this.check = check;
        this.changes = changes;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("nhapnv", List.of("importobligations"), Access.ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{catalogYaml}");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            sources.askForSource(context, "obligation.importUsage");
            return;
        }
        try (ImportSource source = sources.open(context, "yml", MAX_BYTES)) {
            importFile(context, source.path());
        }
    }

    private void importFile(CommandContext context, Path file) {
        ObligationImportCheck.Checked checked = check.check(context.caller(), file);
        ObligationChanges.Imported imported = changes.importFile(context.caller(), checked.file(), checked.issuer());
        context.replyKey(imported.newPlan() ? "obligation.importedNewPlan" : "obligation.imported", imported.planCode(),
                imported.created(), imported.changed(), imported.unchanged());
    }
}
