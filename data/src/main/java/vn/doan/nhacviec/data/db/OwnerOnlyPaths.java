package vn.doan.nhacviec.data.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files of the bot (database, log, backups, exports, received files) readable by the
 * account running it only: folders {@code rwx------}, files {@code rw-------}, where the file system
 * has POSIX permissions (elsewhere, Windows, the folder's own access rules apply).
 */
public final class OwnerOnlyPaths {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyPaths() {
    }

    /** Creates the folder (and its parents) if missing and makes it owner-only. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        set(folder, FOLDER);
        return folder;
    }

    /** Makes an existing file owner-only. */
    public static Path file(Path file) throws IOException {
        set(file, FILE);
        return file;
    }

    /** Creates an empty file, owner-only from its first moment (no window in which others may open it). */
    public static Path newFile(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /** The file made owner-only, created empty if it did not exist. */
    public static Path existingOrNewFile(Path file) throws IOException {
        try {
            return newFile(file);
        } catch (FileAlreadyExistsException e) {
            return file(file);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (AccessDeniedException e) {
            // a folder given to the bot by another account (a mounted volume): its owner decides
        }
    }
}
