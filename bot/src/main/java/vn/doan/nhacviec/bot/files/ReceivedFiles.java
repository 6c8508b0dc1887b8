package vn.doan.nhacviec.bot.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.FileFetcher;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.core.UserError;

/**
 * Downloads the file of a message into a folder of this machine through its channel's {@link
 * FileFetcher}: into a hidden part file first, moved to its name only when complete and within
 * the limit, so a refused or broken download leaves nothing behind.
 */
@Component
public class ReceivedFiles {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFiles.class);

    private final Map<String, FileFetcher> fetchers;

    public ReceivedFiles(List<FileFetcher> fetchers) {
        this.fetchers = fetchers.stream().collect(Collectors.toMap(FileFetcher::channel, Function.identity()));
    }

    /** Whether files sent on this channel can be fetched at all. */
    public boolean canFetch(String channel) {
        return fetchers.containsKey(channel);
    }

    /**
     * The file saved as {@code folder/name} (owner only).
     *
     * @throws UserError {@code upload.tooBig} past {@code maxBytes}, {@code upload.failed} when it cannot be fetched
     */
    public Path receive(Inbound in, Path folder, String name, long maxBytes) {
        FileFetcher fetcher = Optional.ofNullable(fetchers.get(in.channel())).orElseThrow(() -> new UserError("upload.failed"));
        if (in.file().sizeBytes() != null && in.file().sizeBytes() > maxBytes) {
            throw tooBig(maxBytes);
        }
        Path part = null;
        try {
            OwnerOnly.folder(folder);
            part = OwnerOnly.file(Files.createTempFile(folder, ".part-", ""));
            fetcher.fetch(in.file(), part, maxBytes);
            if (Files.size(part) == 0) {
                throw new IOException("empty file");
            }
            Path target = folder.resolve(name);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (FileFetcher.TooBig e) {
            deleteQuietly(part);
            throw tooBig(maxBytes);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            // the file's reference may be a URL with a token: only the kind of failure is logged
            log.warn("Could not fetch a {} file from {}: {}", in.file().kind(), in.channel(), e.getClass().getSimpleName());
            throw new UserError("upload.failed");
        }
    }

    public static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete {}", path.getFileName());
        }
    }

    private static UserError tooBig(long maxBytes) {
        return new UserError("upload.tooBig", megabytes(maxBytes));
    }

    public static String megabytes(long bytes) {
        double mb = bytes / 1_000_000.0;
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
