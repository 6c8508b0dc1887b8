package vn.doan.nhacviec.bot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.time.VietnamTime;
import vn.doan.nhacviec.data.db.OwnerOnlyPaths;

/** Where exported files go: {@code <data-dir>/exports/}, named after the unit, the period and the time of export. */
@Component
class ReportFiles {

    private static final ZoneId ZONE = VietnamTime.ZONE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final Clock clock;

    ReportFiles(DatabaseProperties database, Clock clock) {
        this.folder = database.dataDir().resolve("exports");
        this.clock = clock;
    }

    /** A new empty file such as {@code baocao_tn_2026-11_20261122-100000.xlsx}, never one that existed. */
    synchronized Path newFile(String kind, ComplianceReport report, String suffix, String extension) {
        String base = kind + "_" + report.root().code() + "_" + report.period().slug() + "_"
                + LocalDateTime.now(clock.withZone(ZONE)).format(STAMP) + (suffix.isEmpty() ? "" : "_" + suffix);
        Path file = folder.resolve(base + "." + extension);
        try {
            OwnerOnlyPaths.folder(folder);
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve(base + "-" + n + "." + extension);
            }
            return OwnerOnlyPaths.newFile(file).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a file in " + folder.toAbsolutePath(), e);
        }
    }
}
