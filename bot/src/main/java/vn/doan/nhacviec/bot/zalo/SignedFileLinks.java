package vn.doan.nhacviec.bot.zalo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.files.OwnerOnly;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * Short-lived public links to files of the exports directory ({@code <data-dir>/exports}), for
 * Zalo's sendPhoto (which takes a URL, not an upload). A link is
 * {@code {PUBLIC_BASE_URL}/zalo/files/<expiry>/<id>/<signature>/<name>}: the id is the file's place
 * in the exports directory, encrypted (so the link tells nothing about the server's folders); the
 * signature is an HMAC over the expiry, the id and the name, keyed from the bot token, so no part of
 * a link can be altered. Only files inside the exports directory are signed: a photo kept elsewhere
 * (evidence, a notice's attachment) is linked through a copy put there. {@link SignedFileController}
 * serves them, with the media type of the stored file.
 */
@Component
@ConditionalOnZalo
class SignedFileLinks {

    static final String PREFIX = "/zalo/files/";
    /** Where copies of photos kept outside the exports directory are put to be linked. */
    static final String LINKED_COPIES = "zalo-links";
    private static final Logger log = LoggerFactory.getLogger(SignedFileLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    /** The only media types a link is served with; anything else goes out as bytes to download. */
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "pdf", "application/pdf", "csv", "text/csv",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String DOWNLOAD = "application/octet-stream";

    /** Why a link is not served. */
    enum Verdict { VALID, FORGED, EXPIRED, MISSING }

    /** What a link leads to, if valid, and the media type it is served with. */
    record Resolved(Verdict verdict, Path file, String mediaType) {
        Resolved(Verdict verdict) {
            this(verdict, null, null);
        }
    }

    private final ZaloProperties properties;
    private final Clock clock;
    private final Path exports;
    private final byte[] key;
    private final SecretKeySpec idKey;

    SignedFileLinks(ZaloProperties properties, DatabaseProperties database, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.exports = database.dataDir().resolve("exports").toAbsolutePath().normalize();
        this.key = ZaloSecrets.derived(properties.token(), "file-links");
        this.idKey = new SecretKeySpec(ZaloSecrets.derived(properties.token(), "file-ids"), "AES");
    }

    /** A link to the attachment's file, or empty when no public base URL is configured or the file cannot be linked. */
    Optional<String> linkFor(Attachment attachment) {
        if (properties.publicBase().isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> inExports = linkable(Path.of(attachment.path()));
        return inExports.flatMap(file -> sign(file, attachment.fileName()));
    }

    /** The link to a file of the exports directory; anything outside it (links followed) is refused. */
    Optional<String> sign(Path file, String fileName) {
        Optional<String> relative = insideExports(file);
        if (relative.isEmpty()) {
            log.warn("Refused to sign a link to a file outside the exports directory");
            return Optional.empty();
        }
        return properties.publicBase().map(base -> {
            long expires = clock.instant().plus(properties.fileLinkValidity()).getEpochSecond();
            String id = encrypt(relative.get());
            String name = safeName(fileName);
            return base + PREFIX + expires + "/" + id + "/" + signature(expires, id, name) + "/" + name;
        });
    }

    Resolved resolve(long expires, String id, String signature, String name) {
        byte[] expected = signature(expires, id, name).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Resolved(Verdict.FORGED);
        }
        if (clock.instant().getEpochSecond() > expires) {
            return new Resolved(Verdict.EXPIRED);
        }
        Optional<String> relative = decrypt(id);
        if (relative.isEmpty()) {
            return new Resolved(Verdict.FORGED);
        }
        Path path = exports.resolve(relative.get()).normalize();
        if (insideExports(path).isEmpty() || !Files.isRegularFile(path) || !Files.isReadable(path)) {
            return new Resolved(Verdict.MISSING);
        }
        return new Resolved(Verdict.VALID, path, mediaTypeOf(path));
    }

    /** The media type of the stored file, from its own name (not the link's), among the few served as such. */
    static String mediaTypeOf(Path stored) {
        String name = stored.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? DOWNLOAD : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), DOWNLOAD);
    }

    /** The file itself when it lies in the exports directory, else a copy put there (owner only). */
    private Optional<Path> linkable(Path file) {
        if (insideExports(file).isPresent()) {
            return Optional.of(file);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Path folder = OwnerOnly.folder(exports.resolve(LINKED_COPIES));
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
            byte[] random = new byte[12];
            RANDOM.nextBytes(random);
            Path copy = folder.resolve(HexFormat.of().formatHex(random) + extension);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            return Optional.of(OwnerOnly.file(copy));
        } catch (IOException e) {
            log.warn("Could not put a copy of a photo in the exports directory: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The path inside the exports directory, relative to it, of a file that really lies there. */
    private Optional<String> insideExports(Path file) {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            if (!absolute.startsWith(exports) || !Files.exists(absolute) || !Files.isDirectory(exports)) {
                return Optional.empty();
            }
            Path realRoot = exports.toRealPath();
            Path real = absolute.toRealPath();
            return real.startsWith(realRoot) && !real.equals(realRoot)
                    ? Optional.of(realRoot.relativize(real).toString()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String encrypt(String relative) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, idKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(relative.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    private Optional<String> decrypt(String id) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(id);
            if (bytes.length <= NONCE) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, idKey, new GCMParameterSpec(128, Arrays.copyOf(bytes, NONCE)));
            return Optional.of(new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(long expires, String id, String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ZaloSecrets.hmac(key, expires + "/" + id + "/" + name));
    }

    /** The name at the end of the link only helps the reader: ASCII, diacritics dropped, anything unusual "_"; it is signed too. */
    static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return ascii.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
