package vn.doan.nhacviec.bot.admin.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** {@code /saoluu}: the top admin receives a consistent copy of the database as a file. */
@Component
class BackupCommand implements BotCommand {

    private final DatabaseBackup backup;
    private final AuditLog audit;

    BackupCommand(DatabaseBackup backup, AuditLog audit) {
        this.backup = backup;
        this.audit = audit;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("saoluu", List.of("backup"), Access.TOP_ADMIN, CommandSpec.Where.PRIVATE, true);
    }

    @Override
    public void handle(CommandContext context) {
        Optional<Path> file = backup.backUp();
        if (file.isEmpty()) {
            context.replyKey("backup.notSqlite");
            return;
        }
        long size = sizeOf(file.get());
        audit.done(context.caller().person().id(), null, "backup", null, "file=" + file.get().getFileName() + "; bytes=" + size);
        context.reply(new OutgoingMessage(context.text("backup.done", String.format(context.locale(), "%.1f", size / 1_000_000.0)),
                List.of(), new OutgoingMessage.Attachment(OutgoingMessage.Attachment.Kind.DOCUMENT, file.get().toString(),
                file.get().getFileName().toString(), "application/vnd.sqlite3"), null));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
