package vn.doan.nhacviec.bot.startup;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import vn.doan.nhacviec.data.db.OwnerOnlyPaths;

/**
 * Creates the log file ({@code logging.file.name}) and its folder readable by the owner only
 * before the logging system opens it: the log holds the first-admin claim code and people's names.
 * Runs before Spring Boot's logging listener (registered in {@code main}).
 */
public class OwnerOnlyLogFile implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String name = event.getEnvironment().getProperty("logging.file.name");
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            prepare(Path.of(name));
        } catch (IOException | InvalidPathException e) {
            // the logging system reports a log file it cannot write; nothing more to say here
        }
    }

    public static void prepare(Path log) throws IOException {
        Path absolute = log.toAbsolutePath();
        if (absolute.getParent() != null) {
            OwnerOnlyPaths.folder(absolute.getParent());
        }
        OwnerOnlyPaths.existingOrNewFile(absolute);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
