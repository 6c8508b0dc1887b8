package vn.doan.nhacviec.bot.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.FileFetcher;
import vn.doan.nhacviec.bot.channel.InboundFile;

/** The terminal's "attachments" are files of this machine, named by their path (the terminal's user sits at it). */
@Component
class ConsoleFileFetcher implements FileFetcher {

    @Override
    public String channel() {
        return ConsoleChannel.CHANNEL;
    }

    @Override
    public void fetch(InboundFile file, Path target, long maxBytes) throws IOException {
        Path source;
        try {
            source = Path.of(file.platformRef());
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(file.platformRef());
        }
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(file.platformRef());
        }
        try (InputStream in = Files.newInputStream(source)) {
            FileFetcher.copyLimited(in, target, maxBytes);
        }
    }
}
