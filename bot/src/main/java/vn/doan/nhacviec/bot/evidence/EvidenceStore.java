package vn.doan.nhacviec.bot.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.files.ReceivedFiles;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.evidence.EvidenceFile;
import vn.doan.nhacviec.data.evidence.EvidenceRepository;
import vn.doan.nhacviec.data.time.VietnamTime;
import vn.doan.nhacviec.bot.files.UploadProperties;

/**
 * Keeps a received photo under {@code <data-dir>/evidence/<yyyy-MM>/} with a random name, owner
 * only, after checking it is a picture (JPEG, PNG, GIF or WebP) so that it can be sent back as one.
 */
@Component
public class EvidenceStore {

    private static final ZoneId ZONE = VietnamTime.ZONE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReceivedFiles received;
    private final EvidenceRepository repository;
    private final Path root;
    private final long maxBytes;
    private final Clock clock;

    public EvidenceStore(ReceivedFiles received, EvidenceRepository repository, DatabaseProperties database,
                         UploadProperties uploads, Clock clock) {
        this.received = received;
        this.repository = repository;
        this.root = database.dataDir().resolve("evidence");
        this.maxBytes = uploads.maxBytes();
        this.clock = clock;
    }

    /** The photo of {@code in}, kept as pending evidence of the caller in that chat. */
    public long keep(Caller caller, Inbound in) {
        String month = LocalDate.now(clock.withZone(ZONE)).toString().substring(0, 7);
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String stem = HexFormat.of().formatHex(random);
        Path file = received.receive(in, root.resolve(month), stem + ".part", maxBytes);
        Optional<Picture> picture = Picture.of(file);
        if (picture.isEmpty()) {
            ReceivedFiles.deleteQuietly(file);
            throw new UserError("evidence.notAPicture");
        }
        Path named = file.resolveSibling(stem + "." + picture.get().extension());
        try {
            Files.move(file, named);
            long size = Files.size(named);
            return repository.add(caller.chat().id(), caller.person().id(), root.relativize(named).toString().replace('\\', '/'),
                    picture.get().mediaType(), size, clock.instant());
        } catch (IOException e) {
            ReceivedFiles.deleteQuietly(file);
            ReceivedFiles.deleteQuietly(named);
            throw new UserError("upload.failed");
        }
    }

    /** Where a kept file is, if it is still there. */
    public Optional<Path> fileOf(EvidenceFile evidence) {
        Path file = root.resolve(evidence.path()).normalize();
        return file.startsWith(root.normalize()) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The picture formats messengers show inline, known by their first bytes. */
    record Picture(String extension, String mediaType) {

        static Optional<Picture> of(Path file) {
            byte[] head = new byte[12];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
                return Optional.of(new Picture("jpg", "image/jpeg"));
            }
            if (read >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return Optional.of(new Picture("png", "image/png"));
            }
            if (read >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
                return Optional.of(new Picture("gif", "image/gif"));
            }
            if (read >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                    && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
                return Optional.of(new Picture("webp", "image/webp"));
            }
            return Optional.empty();
        }
    }
}
