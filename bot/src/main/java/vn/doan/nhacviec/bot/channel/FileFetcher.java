package vn.doan.nhacviec.bot.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings the bytes of a file a person sent into a file of this machine; one per channel, so that
 * the conversation never sees messenger types. Stops reading (and says so) once a file grows past
 * the limit, whatever size the messenger announced.
 */
public interface FileFetcher {

    /** {@code console}, {@code telegram} or {@code zalo}: the channel whose files this fetches. */
    String channel();

    /**
     * Writes the file's bytes to {@code target} (which exists and is empty).
     *
     * @throws TooBig      when it has more than {@code maxBytes} bytes
     * @throws IOException when it cannot be fetched
     */
    void fetch(InboundFile file, Path target, long maxBytes) throws IOException;

    /** The file is larger than the limit; whatever was read is to be thrown away. */
    final class TooBig extends IOException {
        public TooBig(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }

    /** Copies at most {@code maxBytes} bytes of {@code in} to {@code target}, failing with {@link TooBig} past that. */
    static void copyLimited(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new TooBig(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
