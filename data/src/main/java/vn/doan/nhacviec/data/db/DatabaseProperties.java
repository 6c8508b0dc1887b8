package vn.doan.nhacviec.data.db;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the data lives ({@code nhacviec.database.*}).
 *
 * @param dataDir  directory of the SQLite file (created on first start); also holds exports and backups
 * @param url      a JDBC URL to use instead of the SQLite file (e.g. PostgreSQL), or empty
 * @param user     database user for {@code url}
 * @param password database password for {@code url} (from the environment, never logged)
 * @param poolSize connections in the pool: at least the inbound threads, the outbox dispatcher and a job
 */
@Validated
@ConfigurationProperties("nhacviec.database")
public record DatabaseProperties(@DefaultValue("var") @NotNull Path dataDir, String url, String user, String password,
                                 @DefaultValue("12") @Positive int poolSize) {

    public String jdbcUrl() {
        return url == null || url.isBlank() ? Databases.sqliteUrl(dataDir) : url;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseProperties[dataDir=" + dataDir + ", url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
