package vn.doan.nhacviec.bot.files;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Files users send ({@code nhacviec.uploads.*}).
 *
 * @param dir      where a received document is saved; admin commands read files only from here.
 *                 Empty: {@code uploads} in the data directory
 * @param maxBytes the most a received document or photo may have
 */
@Validated
@ConfigurationProperties("nhacviec.uploads")
public record UploadProperties(String dir, @DefaultValue("20000000") @Positive long maxBytes) {

    /** The uploads directory: {@code dir}, or {@code uploads} in {@code dataDir} when it is empty. */
    public Path directory(Path dataDir) {
        return dir == null || dir.isBlank() ? dataDir.resolve("uploads") : Path.of(dir);
    }
}
