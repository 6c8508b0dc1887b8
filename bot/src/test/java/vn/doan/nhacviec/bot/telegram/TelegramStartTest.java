package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application started as the README says, with TELEGRAM_BOT_TOKEN set and TELEGRAM_API_URL
 * pointing at a Bot API server: no terminal demo, the real outbox dispatcher, long polling. The
 * server's first getUpdates fails, as a lost network would.
 */
@SpringBootTest(properties = {
        "spring.config.import=optional:file:../config/application.yml",
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name=",
        // another test class of the same JVM may have left the console threshold at WARN (a system property)
        "logging.threshold.console=INFO",
        "TELEGRAM_BOT_TOKEN=" + TelegramStartTest.TOKEN
})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class TelegramStartTest {

    static final String TOKEN = "555666777:AAG-start-test-SECRET_token_5555";
    static final FakeBotApi api = FakeBotApi.start(TOKEN);

    static {
        api.failNext("getUpdates", 502, "Bad Gateway", null);
    }

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", api::baseUrl);
    }

    @AfterAll
    static void stop(@Autowired TelegramPolling polling) {
        polling.destroy();
        api.close();
    }

    @Autowired
    Environment environment;

    @Test
    void answersStartAndHelpInAPrivateChat() {
        assertThat(environment.getProperty("nhacviec.console.enabled")).isEqualTo("false");
        api.queue(Updates.privateText(9001, "Lan", "/start"));
        api.await("sendMessage", call -> "9001".equals(call.chatId()) && call.param("text").contains("Xin chào Lan"));
        api.queue(Updates.privateText(9001, "Lan", "/help"));
        api.await("sendMessage", call -> "9001".equals(call.chatId()) && call.param("text").contains("/help")
                && call.param("text").contains("/ma"));
    }

    @Test
    void theFirstAdminClaimsTheTreeByDeepLinkAndGetsTheAdminMenu(CapturedOutput output) {
        Matcher claim = Pattern.compile("claim code.*/start ([A-Za-z0-9_-]{16,64})").matcher(output.getAll());
        assertThat(claim.find()).as("the claim code is logged at start").isTrue();
        api.queue(Updates.privateText(9002, "Quản trị", "/start " + claim.group(1)));
        api.await("sendMessage", call -> "9002".equals(call.chatId()) && call.param("text").contains("quản trị"));
        api.await("setMyCommands", call -> "9002".equals(call.params().path("scope").path("chat_id").asString())
                && call.params().path("commands").toString().contains("\"moi\""));
    }

    @Test
    void theTokenNeverAppearsInTheLogs(CapturedOutput output) {
        api.queue(Updates.privateText(9003, "Minh", "/viec"));
        api.await("sendMessage", call -> "9003".equals(call.chatId()));
        assertThat(output.getAll()).contains("long polling").doesNotContain(TOKEN).doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
    }
}
