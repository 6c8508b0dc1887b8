package vn.doan.nhacviec.bot.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.db.DatabaseProperties;

class DatabaseBackupTest {

    @Test
    void onPostgresqlThereIsNoBackupFromChat() {
        DatabaseProperties postgres = new DatabaseProperties(Path.of("target/pg"), "jdbc:postgresql://db/nhacviec", "bot", "secret", 4);
        assertThat(new DatabaseBackup(null, null, postgres, new BackupProperties(10)).backUp()).isEmpty();
    }
}
