package vn.doan.nhacviec.bot.broadcast;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.db.OwnerOnlyPaths;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * Files sent with notices. A file named by its path is checked (a readable file of at most 50 MB,
 * the messengers' upload limit) and, when the notice is sent, copied under
 * {@code <data-dir>/notices/} so that re-sends still find it.
 */
@Component
class NoticeAttachments {

    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "doc", "application/msword", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv", "txt", "text/plain");

    private final Path folder;

    NoticeAttachments(DatabaseProperties database) {
        this.folder = database.dataDir().resolve("notices");
    }

    /** The file at {@code pathText} as an attachment; a photo when it is a PNG or JPEG picture. */
    Attachment fromPath(String pathText) {
        String expanded = pathText.strip().replaceFirst("^~(?=/|$)", System.getProperty("user.home").replace("\\", "/"));
        Path path;
        try {
            path = Path.of(expanded).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new UserError("broadcast.fileMissing", pathText.strip());
        }
        try {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new UserError("broadcast.fileMissing", path.toString());
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new UserError("broadcast.fileTooBig", path.getFileName().toString(), MAX_BYTES / 1024 / 1024);
            }
        } catch (IOException e) {
            throw new UserError("broadcast.fileMissing", path.toString());
        }
        String name = path.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        Attachment.Kind kind = type.startsWith("image/") ? Attachment.Kind.PHOTO : Attachment.Kind.DOCUMENT;
        return new Attachment(kind, path.toString(), name, type);
    }

    /** A copy of the file in the notices folder, as the attachment to store with the notice. */
    Attachment keep(Attachment attachment) {
        if (attachment == null) {
            return null;
        }
        Path source = Path.of(attachment.path());
        if (!Files.isReadable(source)) {
            throw new UserError("broadcast.fileMissing", source.toString());
        }
        try {
            Path target = folder.resolve(UUID.randomUUID().toString()).resolve(attachment.fileName());
            OwnerOnlyPaths.folder(folder);
            OwnerOnlyPaths.folder(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyPaths.file(target);
            return new Attachment(attachment.kind(), target.toAbsolutePath().toString(), attachment.fileName(), attachment.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the notice's file " + attachment.fileName(), e);
        }
    }
}
