package vn.doan.nhacviec.bot.admin.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.files.AdminFiles;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.db.Databases;

/**
 * Writes a consistent copy of the SQLite database with {@code VACUUM INTO}: one read transaction,
 * so the copy is the database at one instant while the bot keeps reading and writing. Keeps the
 * newest {@code nhacviec.backup.keep} copies in {@code <data-dir>/backups}.
 */
@Component
class DatabaseBackup {

    static final String FOLDER = "backups";

    private final JdbcClient jdbc;
    private final AdminFiles files;
    private final boolean sqlite;
    private final int keep;

    DatabaseBackup(JdbcClient jdbc, AdminFiles files, DatabaseProperties database, BackupProperties backup) {
        this.jdbc = jdbc;
        this.files = files;
        this.sqlite = Databases.isSqlite(database.jdbcUrl());
        this.keep = backup.keep();
    }

    /** The backup file, or empty when the database is not SQLite. */
    Optional<Path> backUp() {
        if (!sqlite) {
            return Optional.empty();
        }
        Path file = files.outgoing(FOLDER, "nhacviec", "db");
        // VACUUM cannot run inside a transaction: this runs on its own auto-commit statement
        jdbc.sql("VACUUM INTO ?").param(file.toString()).update();
        removeOld(file.getParent());
        return Optional.of(file);
    }

    private void removeOld(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> backups = listing.filter(p -> p.getFileName().toString().matches("nhacviec-.*\\.db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            for (Path old : backups.subList(Math.min(backups.size(), Math.max(1, keep)), backups.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // old copies stay; the new one is written
        }
    }
}
