package vn.doan.nhacviec.bot.zalo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * Short-lived public links to files on this machine, for Zalo's sendPhoto (which takes a URL, not
 * an upload). A link is {@code {PUBLIC_BASE_URL}/zalo/files/<expiry>/<file>/<signature>/<name>}: the
 * signature is an HMAC over the expiry and the file, keyed from the bot token, so a link cannot be
 * altered to reach another file or to live longer. {@link SignedFileController} serves them.
 */
@Component
@ConditionalOnZalo
class SignedFileLinks {

    static final String PREFIX = "/zalo/files/";

    /** Why a link is not served. */
    enum Verdict { VALID, FORGED, EXPIRED, MISSING }

    /** What a link leads to, if valid. */
    record Resolved(Verdict verdict, Path file) {
    }

    private final ZaloProperties properties;
    private final Clock clock;
    private final byte[] key;

    SignedFileLinks(ZaloProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.key = ZaloSecrets.derived(properties.token(), "file-links");
    }

    /** A link to the attachment's file, or empty when no public base URL is configured. */
    Optional<String> linkFor(Attachment attachment) {
        return properties.publicBase().map(base -> {
            long expires = clock.instant().plus(properties.fileLinkValidity()).getEpochSecond();
            String file = Base64.getUrlEncoder().withoutPadding().encodeToString(attachment.path().getBytes(StandardCharsets.UTF_8));
            return base + PREFIX + expires + "/" + file + "/" + signature(expires, file) + "/" + safeName(attachment.fileName());
        });
    }

    Resolved resolve(long expires, String file, String signature) {
        byte[] expected = signature(expires, file).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Resolved(Verdict.FORGED, null);
        }
        if (clock.instant().getEpochSecond() > expires) {
            return new Resolved(Verdict.EXPIRED, null);
        }
        Path path = Path.of(new String(Base64.getUrlDecoder().decode(file), StandardCharsets.UTF_8));
        return Files.isRegularFile(path) && Files.isReadable(path) ? new Resolved(Verdict.VALID, path) : new Resolved(Verdict.MISSING, null);
    }

    private String signature(long expires, String file) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ZaloSecrets.hmac(key, expires + "/" + file));
    }

    /** The name at the end of the link only helps the reader and the media type: ASCII, diacritics dropped, anything unusual "_". */
    static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return ascii.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
