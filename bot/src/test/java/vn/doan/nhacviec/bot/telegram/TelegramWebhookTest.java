package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;
import vn.doan.nhacviec.bot.support.StreamedPost;
import vn.doan.nhacviec.data.chat.ChatRepository;

/** Webhook mode, started as in production with TELEGRAM_WEBHOOK_URL set: the embedded server takes Telegram's posts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.import=optional:file:../config/application.yml",
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name=",
        "TELEGRAM_BOT_TOKEN=" + TelegramWebhookTest.TOKEN,
        "TELEGRAM_WEBHOOK_URL=https://bot.example.org/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET=" + TelegramWebhookTest.SECRET,
        "nhacviec.webhook.max-body-bytes=" + TelegramWebhookTest.MAX_BODY
})
@DirtiesContext
class TelegramWebhookTest {

    static final String TOKEN = "222333444:AAF-webhook-test-token_9876543210";
    static final String SECRET = "webhook-secret_42";
    static final long MAX_BODY = 200_000;
    static final long HUGE = 150_000_000;
    static final FakeBotApi api = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", api::baseUrl);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    ChatRepository chats;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWebhookIsRegisteredWithTheSecretAndNothingPolls() {
        FakeBotApi.Call registration = api.calls("setWebhook").get(0);
        assertThat(registration.param("url")).isEqualTo("https://bot.example.org/telegram/webhook");
        assertThat(registration.param("secret_token")).isEqualTo(SECRET);
        assertThat(api.calls("getUpdates")).isEmpty();
    }

    @Test
    void requestsWithoutTheRightSecretAreRejectedUnread() throws Exception {
        ObjectNode update = Updates.privateText(8001, "Khách", "/start").put("update_id", 1001);
        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post(update, "not-the-secret")).isEqualTo(403);
        assertThat(chats.find("telegram", "8001")).isEmpty();
    }

    @Test
    void aHugeBodyWithAWrongSecretIsRefusedBeforeItIsRead() throws Exception {
        // 150 MB announced, 64 KB sent: the answer comes without waiting for (or reading) the rest
        StreamedPost.Answer declared = StreamedPost.send(port, TelegramWebhook.PATH, TelegramWebhook.SECRET_HEADER, "wrong", HUGE, 65_536);
        assertThat(declared.status()).isEqualTo(403);
        StreamedPost.Answer chunked = StreamedPost.send(port, TelegramWebhook.PATH, TelegramWebhook.SECRET_HEADER, "wrong", -1, 65_536);
        assertThat(chunked.status()).isEqualTo(403);
        StreamedPost.Answer anonymous = StreamedPost.send(port, TelegramWebhook.PATH, null, null, HUGE, 65_536);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413EvenWithTheSecret() throws Exception {
        assertThat(StreamedPost.send(port, TelegramWebhook.PATH, TelegramWebhook.SECRET_HEADER, SECRET, HUGE, 65_536).status())
                .as("a declared length over the limit: refused unread").isEqualTo(413);
        StreamedPost.Answer streamed = StreamedPost.send(port, TelegramWebhook.PATH, TelegramWebhook.SECRET_HEADER, SECRET, -1, 4 * MAX_BODY);
        assertThat(streamed.status()).as("a streamed body: refused once past the limit").isEqualTo(413);
    }

    @Test
    void anUpdateIsAnsweredOnceEvenWhenTelegramSendsItAgain() throws Exception {
        ObjectNode update = Updates.privateText(8002, "Hà", "/start").put("update_id", 1002);
        assertThat(post(update, SECRET)).isEqualTo(200);
        api.await("sendMessage", call -> "8002".equals(call.chatId()) && call.param("text").contains("Xin chào Hà"));

        assertThat(post(update, SECRET)).isEqualTo(200);
        long chatId = chats.find("telegram", "8002").orElseThrow().id();
        // handled before the answer: a second handling would have stored a second reply by now
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE chat_id = ?").param(chatId).query(Long.class).single()).isEqualTo(1);
    }

    private int post(ObjectNode update, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TelegramWebhook.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
