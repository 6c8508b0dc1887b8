package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.StreamedPost;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/**
 * Webhook mode with a public base URL: the application registers its webhook with the secret,
 * reads only calls that carry it, and sends photos as signed links it serves itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.import=optional:file:../config/application.yml",
        "spring.main.web-application-type=servlet",
        "nhacviec.demo.enabled=true",
        "nhacviec.console.enabled=false",
        "nhacviec.outbox.auto-start=false",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "logging.file.name=",
        "nhacviec.zalo.token=" + FakeZaloServer.TOKEN,
        "nhacviec.zalo.webhook-url=https://bot.example.org/zalo/webhook",
        "nhacviec.zalo.webhook-secret=" + ZaloWebhookTest.SECRET,
        "nhacviec.zalo.public-base-url=" + ZaloWebhookTest.PUBLIC_BASE,
        "nhacviec.outbox.channels.zalo.per-chat-per-second=0",
        "nhacviec.outbox.channels.zalo.overall-per-second=0",
        "nhacviec.webhook.max-body-bytes=200000"
})
@Import({BotTestConfiguration.class, ZaloWebhookTest.Setup.class})
@DirtiesContext
class ZaloWebhookTest {

    static final String SECRET = "webhook-secret-for-tests";
    static final String PUBLIC_BASE = "https://files.example.org/nhacviec";
    static final FakeZaloServer ZALO = new FakeZaloServer();

    @DynamicPropertySource
    static void zaloApi(DynamicPropertyRegistry registry) {
        registry.add("nhacviec.zalo.api-url", ZALO::url);
        // in a web application a relative @Value Path is read as a servlet resource, which refuses "../"
        registry.add("nhacviec.catalog.dir", () -> Path.of("../config/catalog").toAbsolutePath().normalize().toString());
        registry.add("nhacviec.demo.units", () -> Path.of("../config/demo/units.csv").toAbsolutePath().normalize().toString());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {
        @Bean(destroyMethod = "close")
        FakeZaloServer fakeZalo() {
            return ZALO;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Outbox outbox;
    @Autowired
    ChatRepository chats;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void registered() {
        ZALO.await("the webhook registration", calls -> calls.stream().anyMatch(c -> c.method().equals("setWebhook")));
        dispatcher.drain();
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretAndNothingPolls() {
        FakeZaloServer.Call registration = ZALO.calls("setWebhook").get(0);
        assertThat(registration.text("url")).isEqualTo("https://bot.example.org/zalo/webhook");
        assertThat(registration.text("secret_token")).isEqualTo(SECRET);
        assertThat(ZALO.calls("getUpdates")).isEmpty();
    }

    @Test
    void aCallWithoutTheRightSecretIsRefusedAndNotHandled() throws Exception {
        String user = "zu-hook";
        assertThat(postUpdate(null, ZaloUpdates.text(user, "Chị Lan", "/start")).statusCode()).isEqualTo(401);
        assertThat(postUpdate("not-the-secret", ZaloUpdates.text(user, "Chị Lan", "/start")).statusCode()).isEqualTo(401);
        assertThat(postUpdate(SECRET, ZaloUpdates.text(user, "Chị Lan", "/help")).statusCode()).isEqualTo(200);

        dispatcher.drain();

        assertThat(ZALO.textsTo(user)).singleElement().asString().contains("/help");
    }

    @Test
    void aHugeBodyWithoutTheSecretIsRefusedUnreadAndOneOverTheLimitWith413() throws Exception {
        // 150 MB announced, 64 KB sent: a server reading the body first would wait for the rest and time out
        assertThat(StreamedPost.send(port, "/zalo/webhook", "X-Bot-Api-Secret-Token", "wrong", 150_000_000, 65_536).status()).isEqualTo(401);
        assertThat(StreamedPost.send(port, "/zalo/webhook", "X-Bot-Api-Secret-Token", "wrong", -1, 65_536).status()).isEqualTo(401);
        assertThat(StreamedPost.send(port, "/zalo/webhook", "X-Bot-Api-Secret-Token", SECRET, 150_000_000, 65_536).status()).isEqualTo(413);
        assertThat(StreamedPost.send(port, "/zalo/webhook", "X-Bot-Api-Secret-Token", SECRET, -1, 800_000).status()).isEqualTo(413);
    }

    @Test
    void anUpdateWrappedLikeAnApiAnswerIsReadToo() throws Exception {
        String user = "zu-wrapped";
        String wrapped = "{\"ok\":true,\"result\":" + ZaloUpdates.text(user, "Anh Nam", "/start") + "}";
        assertThat(postUpdate(SECRET, wrapped).statusCode()).isEqualTo(200);
        assertThat(postUpdate(SECRET, "{\"hello\":1}").statusCode()).isEqualTo(400);

        dispatcher.drain();

        assertThat(ZALO.textsTo(user)).singleElement().asString().startsWith("Xin chào Anh Nam!");
    }

    @Test
    void aPhotoGoesOutAsAShortLivedSignedLinkTheApplicationServes(@TempDir Path dir) throws Exception {
        Path chart = Files.write(dir.resolve("chart.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Chat chat = chats.findOrCreate("zalo", "zu-photo", Chat.ChatKind.PRIVATE, null, "vi");

        outbox.send(chat.id(), MessageKind.REPLY, new OutgoingMessage("📊 Tỉ lệ hoàn thành tháng 11",
                List.of(), new Attachment(Attachment.Kind.PHOTO, chart.toString(), "ti-le-thang-11.png", "image/png"), null));
        dispatcher.drain();

        FakeZaloServer.Call photo = ZALO.calls("sendPhoto").get(0);
        assertThat(photo.text("chat_id")).isEqualTo("zu-photo");
        assertThat(photo.text("caption")).isEqualTo("📊 Tỉ lệ hoàn thành tháng 11");
        String link = photo.text("photo");
        assertThat(link).startsWith(PUBLIC_BASE + "/zalo/files/").endsWith("/ti-le-thang-11.png").doesNotContain(FakeZaloServer.TOKEN);

        String path = link.substring(PUBLIC_BASE.length());
        HttpResponse<byte[]> served = get(path);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(served.body()).isEqualTo(Files.readAllBytes(chart));
        assertThat(link).as("no path of the server in the link")
                .doesNotContain(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(chart.toString().getBytes()).substring(0, 12));

        String[] renamed = path.split("/");
        renamed[renamed.length - 1] = "ti-le-thang-11.html";
        assertThat(get(String.join("/", renamed)).statusCode()).as("a tampered name").isEqualTo(403);
        renamed[renamed.length - 1] = "ti-le-thang-11.svg";
        assertThat(get(String.join("/", renamed)).statusCode()).as("a tampered name").isEqualTo(403);

        String[] segments = path.split("/");
        segments[4] = segments[4].substring(0, segments[4].length() - 1) + (segments[4].endsWith("A") ? "B" : "A");
        assertThat(get(String.join("/", segments)).statusCode()).as("altered signature").isEqualTo(403);

        clock.advance(Duration.ofHours(2));
        try {
            assertThat(get(path).statusCode()).as("expired").isEqualTo(410);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void aDocumentIsReplacedByANoteSayingHowToGetIt() {
        Chat chat = chats.findOrCreate("zalo", "zu-doc", Chat.ChatKind.PRIVATE, null, "vi");

        outbox.send(chat.id(), MessageKind.REPLY, new OutgoingMessage("📄 Báo cáo tháng 11",
                List.of(), new Attachment(Attachment.Kind.DOCUMENT, "/tmp/bao-cao.xlsx", "bao-cao-11.xlsx", "application/vnd.ms-excel"), null));
        dispatcher.drain();

        assertThat(ZALO.textsTo("zu-doc")).singleElement().asString()
                .startsWith("📄 Báo cáo tháng 11\n\n📎 Tệp «bao-cao-11.xlsx» chưa gửi được qua Zalo")
                .contains("Telegram").contains("quản trị viên");
        assertThat(ZALO.calls("sendPhoto")).noneMatch(c -> "zu-doc".equals(c.text("chat_id")));
    }

    private HttpResponse<String> postUpdate(String secret, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/zalo/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
