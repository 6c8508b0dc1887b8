package vn.doan.nhacviec.bot.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files and folders people sent are readable by the account running the bot only (where the file system says who). */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        set(folder, "rwx------");
        return folder;
    }

    public static Path file(Path file) throws IOException {
        set(file, "rw-------");
        return file;
    }

    private static void set(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own access rules apply
        }
    }
}
