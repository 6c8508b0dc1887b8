package vn.doan.nhacviec.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.bot.NhacViecApplication;

/** The terminal demo runs only where it can do no harm, or when asked for; otherwise the start says why and stops. */
class StartModeTest {

    private static final String[] NO_ARGS = {};

    @Test
    void aTokenServesTheMessenger() {
        StartMode.Decision mode = StartMode.decide(NO_ARGS, env(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "DATABASE_URL", "jdbc:postgresql://db/x")), false);
        assertThat(mode.kind()).isEqualTo(StartMode.Decision.Kind.MESSENGER);
        assertThat(mode.args()).isEmpty();
    }

    @Test
    void theDemoRunsOnTheEmbeddedDatabaseAtATerminal() {
        StartMode.Decision mode = StartMode.decide(NO_ARGS, env(Map.of()), true);
        assertThat(mode.kind()).isEqualTo(StartMode.Decision.Kind.DEMO);
        assertThat(mode.args()).contains("--nhacviec.demo.enabled=true", "--nhacviec.console.enabled=true");
    }

    @Test
    void withoutATerminalOrWithAConfiguredDatabaseTheStartIsRefused() {
        StartMode.Decision noTerminal = StartMode.decide(NO_ARGS, env(Map.of()), false);
        assertThat(noTerminal.kind()).isEqualTo(StartMode.Decision.Kind.REFUSED);
        assertThat(noTerminal.refusal()).contains("TELEGRAM_BOT_TOKEN", "--demo", "terminal", "Chưa ghi gì cả");

        StartMode.Decision database = StartMode.decide(NO_ARGS, env(Map.of("DATABASE_URL", "jdbc:postgresql://db/x")), true);
        assertThat(database.kind()).isEqualTo(StartMode.Decision.Kind.REFUSED);
        assertThat(database.refusal()).contains("DATABASE_URL");
    }

    @Test
    void askedForTheDemoRunsAnywhere() {
        String[] args = {"--demo", "--server.port=9"};
        StartMode.Decision mode = StartMode.decide(args, env(Map.of("DATABASE_URL", "jdbc:postgresql://db/x")), false);
        assertThat(mode.kind()).isEqualTo(StartMode.Decision.Kind.DEMO);
        assertThat(mode.args()).containsExactly("--server.port=9", "--nhacviec.demo.enabled=true", "--nhacviec.console.enabled=true");
    }

    @Test
    void settingsComeFromTheArgumentsBeforeTheEnvironment() {
        UnaryOperator<String> settings = StartMode.settings(new String[] {"--DATABASE_URL=jdbc:a"}, Map.of("DATABASE_URL", "jdbc:b"));
        assertThat(settings.apply("DATABASE_URL")).isEqualTo("jdbc:a");
        assertThat(settings.apply("ZALO_BOT_TOKEN")).isNull();
    }

    /**
     * As {@code docker run} does it: no token, a configured database, no terminal. The process exits
     * non-zero with the reason, and its data directory stays empty (no database, no log, no
     * first-admin claim).
     */
    @Test
    void theRefusedStartExitsNonZeroAndWritesNothing(@TempDir Path dataDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NhacViecApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().remove("ZALO_BOT_TOKEN");
        builder.environment().put("DATABASE_URL", "jdbc:sqlite:" + dataDir.resolve("real.db"));
        builder.environment().put("NHACVIEC_DATA_DIR", dataDir.toString());
        builder.directory(dataDir.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(StartMode.REFUSED_STATUS);
        assertThat(err).contains("DATABASE_URL", "--demo");
        try (Stream<Path> written = Files.list(dataDir)) {
            assertThat(written).isEmpty();
        }
    }

    private static UnaryOperator<String> env(Map<String, String> environment) {
        return StartMode.settings(NO_ARGS, environment);
    }
}
