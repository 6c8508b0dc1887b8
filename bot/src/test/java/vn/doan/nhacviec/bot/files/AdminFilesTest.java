package vn.doan.nhacviec.bot.files;

import vn.doan.nhacviec.bot.files.AdminFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.time.VietnamTime;

/** Which files an admin can make the bot read: anything in the terminal, only received uploads on messengers. */
class AdminFilesTest {

    @TempDir
    Path dir;
    AdminFiles files;
    Path uploads;
    Path secret;

    @BeforeEach
    void files() throws Exception {
        uploads = Files.createDirectories(dir.resolve("data/uploads"));
        secret = Files.writeString(dir.resolve("secret.txt"), "password");
        files = new AdminFiles(new DatabaseProperties(dir.resolve("data"), null, null, null, 4), new vn.doan.nhacviec.bot.files.UploadProperties("", 100),
                new MutableClock(Instant.parse("2026-11-22T03:00:00Z"), VietnamTime.ZONE));
    }

    @Test
    void inTheTerminalAnyReadableFile() {
        assertThat(files.incoming(on("console"), secret.toString(), 1000)).isEqualTo(secret);
    }

    @Test
    void onAMessengerOnlyFilesTheChannelSavedAsUploads() throws Exception {
        Path upload = Files.writeString(uploads.resolve("units.csv"), "code,name,level,parent\n");
        assertThat(files.incoming(on("telegram"), upload.toString(), 1000)).isEqualTo(upload);
        assertThat(error(() -> files.incoming(on("telegram"), secret.toString(), 1000))).isEqualTo("file.notAllowed");
        assertThat(error(() -> files.incoming(on("zalo"), uploads.resolve("../../secret.txt").toString(), 1000))).isEqualTo("file.notAllowed");
        Path link = Files.createSymbolicLink(uploads.resolve("link.csv"), secret);
        assertThat(error(() -> files.incoming(on("telegram"), link.toString(), 1000))).isEqualTo("file.notAllowed");
    }

    @Test
    void missingEmptyControlCharactersAndLargeFilesAreRefused() throws Exception {
        assertThat(error(() -> files.incoming(on("console"), " ", 1000))).isEqualTo("file.missing");
        assertThat(error(() -> files.incoming(on("console"), dir.resolve("none.csv").toString(), 1000))).isEqualTo("file.notFound");
        assertThat(error(() -> files.incoming(on("console"), "a\u0000b", 1000))).isEqualTo("file.notFound");
        assertThat(error(() -> files.incoming(on("console"), dir.toString(), 1000))).isEqualTo("file.notFound");
        Path big = Files.writeString(dir.resolve("big.csv"), "x".repeat(101));
        assertThat(error(() -> files.incoming(on("console"), big.toString(), 1000))).isEqualTo("file.tooBig");
    }

    @Test
    void outgoingFilesAreNewFilesUnderTheDataDirectory() throws Exception {
        Path first = files.outgoing("exports", "don-vi-tn", "csv");
        assertThat(first.getFileName().toString()).isEqualTo("don-vi-tn-20261122-100000.csv");
        Files.writeString(first, "x");
        assertThat(files.outgoing("exports", "don-vi-tn", "csv").getFileName().toString()).isEqualTo("don-vi-tn-20261122-100000-2.csv");
    }

    @Test
    void exportAndBackupFilesAndTheirFoldersAreTheOwnersOnly() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path export = files.outgoing("exports", "baocao", "xlsx");
        Path backup = files.outgoing("backups", "nhacviec", "db");
        Files.writeString(export, "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void theDatabaseAndTheLogAreCreatedForTheOwnerOnly() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path dataDir = dir.resolve("fresh-data");
        vn.doan.nhacviec.data.db.Databases.sqliteUrl(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("nhacviec.db")))).isEqualTo("rw-------");
        Path log = dir.resolve("logs/nhacviec.log");
        vn.doan.nhacviec.bot.startup.OwnerOnlyLogFile.prepare(log);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent()))).isEqualTo("rwx------");
    }

    private static CommandContext on(String channel) {
        return new CommandContext(null, Inbound.privateText(channel, "1", "1", "A", "/nhapdv"), "nhapdv", "", null, null);
    }

    private static String error(Runnable action) {
        try {
            action.run();
        } catch (UserError e) {
            return e.key();
        }
        throw new AssertionError("no UserError");
    }
}
