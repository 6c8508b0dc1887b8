package vn.doan.nhacviec.bot.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.files.OwnerOnly;
import vn.doan.nhacviec.bot.files.ReceivedFiles;
import vn.doan.nhacviec.bot.files.AdminFiles;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.dialog.Dialogs;

/**
 * Where {@code /nhapdv} and {@code /nhapnv} read from. In the terminal: a path. On a messenger:
 * a document sent with the command as its caption or right after it (see {@link DocumentImports}),
 * or the CSV/YAML pasted as text, on the command's next lines or in the next message; Zalo, which
 * delivers no documents, takes pasted text only.
 */
@Component
public class ImportSources {

    /** Pasted text longer than this is refused: a bigger tree is sent as a file, or imported in parts. */
    static final int MAX_PASTED_LINES = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminFiles files;
    private final ReceivedFiles received;
    private final Dialogs dialogs;
    private final Path uploads;

    public ImportSources(AdminFiles files, ReceivedFiles received, Dialogs dialogs) {
        this.files = files;
        this.received = received;
        this.dialogs = dialogs;
        // the folder AdminFiles reads from (resolved once: a placeholder like ${random.uuid} in it differs per resolution)
        this.uploads = files.uploads();
    }

    Path uploads() {
        return uploads;
    }

    /** Whether this channel delivers documents to the bot (the terminal: a path, or {@code /tep}). */
    public boolean takesDocuments(String channel) {
        return received.canFetch(channel) && !channel.equals("zalo");
    }

    /** The bundle key of a command's usage for /help: where no documents arrive, the imports say to paste the file's text. */
    public String usageKey(String channel, String commandName) {
        boolean reads = commandName.equals("nhapdv") || commandName.equals("nhapnv");
        return reads && !channel.equals("console") && !takesDocuments(channel) ? "upload.pasteUsage." + commandName
                : "command." + commandName + ".usage";
    }

    /**
     * The command came without a file: in the terminal its usage; on a messenger the bot waits for
     * the file (or the pasted text) in the person's next message.
     */
    public void askForSource(CommandContext context, String usageKey) {
        String channel = context.inbound().channel();
        if (channel.equals("console")) {
            context.replyKey(usageKey);
            return;
        }
        dialogs.await(context.caller(), DocumentImports.KIND, new DocumentImports.Waiting(context.commandName()));
        String how = takesDocuments(channel) ? "upload.sendFile." : "upload.paste.";
        context.replyKey(how + context.commandName());
    }

    /** The file the command's arguments name, or the text pasted after the command saved as one. */
    public ImportSource open(CommandContext context, String extension, long maxBytes) {
        String args = context.args();
        if (args.indexOf('\n') < 0) {
            return new ImportSource(files.incoming(context, args, maxBytes), false);
        }
        byte[] bytes = args.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new UserError("upload.tooBig", ReceivedFiles.megabytes(maxBytes));
        }
        long lines = args.lines().count();
        if (lines > MAX_PASTED_LINES) {
            throw new UserError("upload.tooManyLines", lines, MAX_PASTED_LINES);
        }
        try {
            Path folder = OwnerOnly.folder(uploads);
            Path file = folder.resolve("pasted-" + HexFormat.of().formatHex(random())
                    + "." + extension);
            Files.write(file, bytes);
            return new ImportSource(OwnerOnly.file(file), true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot save pasted text", e);
        }
    }

    static byte[] random() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
