package vn.doan.nhacviec.bot.files;

import java.io.IOException;
import java.nio.file.Path;
import vn.doan.nhacviec.data.db.OwnerOnlyPaths;

/** Files and folders people sent are readable by the account running the bot only (see {@link OwnerOnlyPaths}). */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    public static Path folder(Path folder) throws IOException {
        return OwnerOnlyPaths.folder(folder);
    }

    public static Path file(Path file) throws IOException {
        return OwnerOnlyPaths.file(file);
    }
}
