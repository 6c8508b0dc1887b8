package vn.doan.nhacviec.bot.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The body of a messenger's webhook call, read only after its secret header was found right and
 * never past {@code maxBytes}: a declared length over the limit is refused unread, a streamed one
 * as soon as it passes the limit. So a caller without the secret, or with a huge body, costs no
 * memory.
 */
public final class WebhookBody {

    /** The default most a webhook update may weigh: Telegram's and Zalo's updates are a few kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 1_000_000;

    private WebhookBody() {
    }

    /** Whether the request declares a length over the limit (read nothing then). */
    public static boolean declaredTooBig(HttpServletRequest request, long maxBytes) {
        return request.getContentLengthLong() > maxBytes;
    }

    /** The bytes of the body, or empty when it goes past {@code maxBytes} (what was read is dropped). */
    public static Optional<byte[]> read(HttpServletRequest request, long maxBytes) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return read(in, maxBytes);
        }
    }

    static Optional<byte[]> read(InputStream in, long maxBytes) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}
