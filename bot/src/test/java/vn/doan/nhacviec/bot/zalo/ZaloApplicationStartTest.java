package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.doan.nhacviec.bot.NhacViecApplication;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;

/**
 * The application as the README runs it: with {@code ZALO_BOT_TOKEN} set (and {@code ZALO_API_URL}
 * pointing at the fake platform) it starts the Zalo channel instead of the terminal and answers.
 */
class ZaloApplicationStartTest {

    @Test
    void withAZaloTokenTheApplicationRunsTheZaloChannelAndAnswersStart(@TempDir Path dataDir) {
        try (FakeZaloServer zalo = new FakeZaloServer();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(NhacViecApplication.class).run(
                     "--ZALO_BOT_TOKEN=" + FakeZaloServer.TOKEN,
                     "--ZALO_API_URL=" + zalo.url(),
                     "--spring.config.import=optional:file:../config/application.yml",
                     "--nhacviec.catalog.dir=../config/catalog",
                     "--nhacviec.database.data-dir=" + dataDir,
                     "--logging.file.name=",
                     // a messenger bot runs the HTTP server for the management port: any free ports here
                     "--server.port=0",
                     "--management.server.port=0",
                     "--nhacviec.zalo.poll-timeout=1s")) {

            assertThat(app.getBeansOfType(MessageSender.class).values()).extracting(MessageSender::channel)
                    .contains("zalo").doesNotContain("console");

            zalo.deliver(ZaloUpdates.text("zu-first", "Anh Minh", "/start"));
            zalo.await("an answer to /start", calls -> !zalo.textsTo("zu-first").isEmpty());

            assertThat(zalo.textsTo("zu-first").get(0)).startsWith("Xin chào Anh Minh!");
        }
    }
}
