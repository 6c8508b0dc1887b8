package vn.doan.nhacviec.bot.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.db.DatabaseProperties;

/**
 * Touches {@code <data-dir>/heartbeat} every 30 seconds after checking the database answers; the
 * container's health check looks at its age.
 */
@Component
class Heartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final Path file;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private ScheduledExecutorService executor;

    Heartbeat(DatabaseProperties database, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.file = database.dataDir().resolve("heartbeat");
        this.jdbc = jdbc;
    }

    void beat() {
        try {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            if (Files.notExists(file)) {
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            log.warn("Heartbeat failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::beat, 0, 30, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
