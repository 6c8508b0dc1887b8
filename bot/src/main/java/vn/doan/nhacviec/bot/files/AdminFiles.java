package vn.doan.nhacviec.bot.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.doan.nhacviec.bot.files.UploadProperties;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.db.OwnerOnlyPaths;

/**
 * Files admins send and receive. In the terminal an admin names any file on this machine; on a
 * messenger the channel saves a received document under {@code nhacviec.uploads.dir} (default
 * {@code <data-dir>/uploads}) and passes its path, and only paths in there are read, so nobody can
 * make the bot read other files of the server. Exports and backups are written under the data
 * directory.
 */
@Component
public class AdminFiles {

    /** The channel whose user sits at this machine (the terminal demo). */
    static final String LOCAL_CHANNEL = "console";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    static final int MAX_PATH = 1000;

    private final Path dataDir;
    private final Path uploads;
    private final long maxBytes;
    private final Clock clock;

    public AdminFiles(DatabaseProperties database, UploadProperties uploadProperties, Clock clock) {
        this.dataDir = database.dataDir();
        this.uploads = uploadProperties.directory(dataDir);
        this.maxBytes = uploadProperties.maxBytes();
        this.clock = clock;
    }

    /** The readable file an admin named, at most {@code limit} bytes (and never over the uploads limit). */
    public Path incoming(CommandContext context, String argument, long limit) {
        String text = argument == null ? "" : argument.strip();
        if (text.isEmpty()) {
            throw new UserError("file.missing");
        }
        if (text.length() > MAX_PATH || text.chars().anyMatch(Character::isISOControl)) {
            throw new UserError("file.notFound", shorten(text));
        }
        Path file;
        try {
            file = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UserError("file.notFound", shorten(text));
        }
        if (!LOCAL_CHANNEL.equals(context.inbound().channel()) && !insideUploads(file)) {
            throw new UserError("file.notAllowed");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError("file.notFound", shorten(text));
        }
        try {
            long size = Files.size(file);
            long max = Math.min(limit, maxBytes);
            if (size > max) {
                throw new UserError("file.tooBig", max / 1_000_000.0);
            }
        } catch (IOException e) {
            throw new UserError("file.notFound", shorten(text));
        }
        return file;
    }

    /** Where documents received on a messenger are saved, the only place files are read from on one. */
    public Path uploads() {
        return uploads;
    }

    /**
     * A new empty file in {@code <data-dir>/<folder>/} named {@code <prefix>-<date-time>.<extension>},
     * readable by the owner only (as is the folder), for the caller to fill.
     */
    public Path outgoing(String folder, String prefix, String extension) {
        Path dir = dataDir.resolve(folder);
        String stamp = LocalDateTime.now(clock).format(STAMP);
        try {
            OwnerOnlyPaths.folder(dir);
            Path file = dir.resolve(prefix + "-" + stamp + "." + extension);
            for (int n = 2; Files.exists(file); n++) {
                file = dir.resolve(prefix + "-" + stamp + "-" + n + "." + extension);
            }
            return OwnerOnlyPaths.newFile(file).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a file in " + dir, e);
        }
    }

    private boolean insideUploads(Path file) {
        try {
            Path root = uploads.toAbsolutePath().normalize();
            // resolve links, so a link inside uploads cannot point elsewhere
            return Files.exists(file) && Files.exists(root) && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
