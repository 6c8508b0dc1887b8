package vn.doan.nhacviec.bot.admin.backup;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param keep how many copies {@code /saoluu} keeps in {@code <data-dir>/backups} ({@code nhacviec.backup.keep}) */
@Validated
@ConfigurationProperties("nhacviec.backup")
public record BackupProperties(@DefaultValue("10") @Positive int keep) {
}
