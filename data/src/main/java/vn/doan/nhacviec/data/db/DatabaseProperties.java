package vn.doan.nhacviec.data.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param dataDir  directory of the SQLite file (created on first start); also holds exports and backups
 * @param url      a JDBC URL to use instead of the SQLite file (e.g. PostgreSQL), or empty
 * @param user     database user for {@code url}
 * @param password database password for {@code url} (from the environment, never logged)
 * @param poolSize connections in the pool
 */
@ConfigurationProperties("nhacviec.database")
public record DatabaseProperties(Path dataDir, String url, String user, String password, Integer poolSize) {

    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("var") : dataDir;
        poolSize = poolSize == null ? 4 : poolSize;
    }

    public String jdbcUrl() {
        return url == null || url.isBlank() ? Databases.sqliteUrl(dataDir) : url;
    }
}
