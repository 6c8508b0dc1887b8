package vn.doan.nhacviec.testpg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of every resource under {@code db/} on the class path (the Flyway migrations, whether in a
 * folder or a jar): a cached migrated template is reused only while this stays the same.
 */
final class MigrationsKey {

    private static final String FOLDER = "db";
    private static volatile String key;

    private MigrationsKey() {
    }

    static String get() {
        String value = key;
        if (value == null) {
            value = compute();
            key = value;
        }
        return value;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int files = 0;
            for (URL root : Collections.list(MigrationsKey.class.getClassLoader().getResources(FOLDER))) {
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    List<Path> all;
                    try (Stream<Path> walk = Files.walk(dir)) {
                        all = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : all) {
                        add(digest, dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                        files++;
                    }
                } else if (root.openConnection() instanceof JarURLConnection connection) {
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(FOLDER + "/"))
                                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                        for (JarEntry entry : entries) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                add(digest, entry.getName().substring(FOLDER.length() + 1), in.readAllBytes());
                            }
                            files++;
                        }
                    }
                } else {
                    throw new IllegalStateException("Cannot read the migrations at " + root);
                }
            }
            if (files == 0) {
                throw new IllegalStateException("No migrations under " + FOLDER + "/ on the class path");
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(content);
    }
}
