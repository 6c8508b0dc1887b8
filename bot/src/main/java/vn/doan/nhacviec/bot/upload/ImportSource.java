package vn.doan.nhacviec.bot.upload;

import java.nio.file.Path;
import vn.doan.nhacviec.bot.files.ReceivedFiles;

/**
 * The file an import reads: one the admin named or sent (kept), or text pasted into the chat saved
 * to a file for the import's sake (deleted when closed).
 */
public record ImportSource(Path path, boolean pasted) implements AutoCloseable {

    @Override
    public void close() {
        if (pasted) {
            ReceivedFiles.deleteQuietly(path);
        }
    }
}
