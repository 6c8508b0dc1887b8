package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.doan.nhacviec.bot.zalo.api.ChatAction;
import vn.doan.nhacviec.bot.zalo.api.ZaloApiException;
import vn.doan.nhacviec.bot.zalo.api.ZaloApiException.Kind;
import vn.doan.nhacviec.bot.zalo.api.ZaloBotApi;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;

/** The typed client against the fake platform: request shapes, both answer shapes of getUpdates, typed errors, no token in messages. */
class ZaloBotApiTest {

    private final FakeZaloServer zalo = new FakeZaloServer();
    private final ZaloBotApi api = new ZaloBotApi(zalo.url(), FakeZaloServer.TOKEN, HttpClient.newHttpClient(), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void getMeReadsTheBot() {
        var bot = api.getMe();
        assertThat(bot.id()).isEqualTo("7777");
        assertThat(bot.canJoinGroups()).isTrue();
        assertThat(bot.names()).containsExactly(FakeZaloServer.BOT_NAME, "bot.nhacviec");
    }

    @Test
    void getUpdatesReadsOneUpdateAnsweredAsAnObject() {
        zalo.deliver(ZaloUpdates.text("u1", "Chị Lan", "xong"));

        var updates = api.getUpdates(Duration.ofSeconds(1));

        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.isText()).isTrue();
            assertThat(update.message().text()).isEqualTo("xong");
            assertThat(update.message().from().displayName()).isEqualTo("Chị Lan");
            assertThat(update.message().chat().isGroup()).isFalse();
        });
        assertThat(zalo.calls("getUpdates").get(0).text("timeout")).isEqualTo("1");
    }

    @Test
    void getUpdatesReadsAListToo() {
        zalo.deliverAsList(ZaloUpdates.text("u1", "A", "1"), ZaloUpdates.sticker("u2", "B"));

        assertThat(api.getUpdates(Duration.ofSeconds(1))).extracting(ZaloUpdate::eventName)
                .containsExactly("message.text.received", "message.sticker.received");
    }

    @Test
    void getUpdatesReadsTheDocumentedSampleWithoutAnEventNameAsText() {
        zalo.deliver("{\"message\":{\"chat\":{\"id\":\"c1\",\"chat_type\":\"PRIVATE\"},\"text\":\"Xin chào\","
                + "\"message_id\":\"m1\",\"date\":1766619597466,\"from\":{\"id\":\"c1\",\"first_name\":\"Nguyen Van A\"}}}");

        assertThat(api.getUpdates(Duration.ofSeconds(1))).singleElement().satisfies(update -> {
            assertThat(update.isText()).isTrue();
            assertThat(update.message().from().displayName()).isEqualTo("Nguyen Van A");
        });
    }

    @Test
    void aPollWithNothingNewIsEmptyNotAnError() {
        assertThat(api.getUpdates(Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void requestsCarryTheDocumentedFields() {
        api.setWebhook("https://bot.example.org/zalo/webhook", "s3cret-s3cret");
        api.sendPhoto("c1", "https://files.example.org/a.png", null);
        api.sendChatAction("c1", ChatAction.TYPING);
        var sent = api.sendMessage("c1", "Chào bạn");

        assertThat(sent.messageId()).startsWith("zm");
        assertThat(zalo.calls("setWebhook").get(0).text("secret_token")).isEqualTo("s3cret-s3cret");
        assertThat(zalo.calls("sendPhoto").get(0).body().has("caption")).as("no caption is left out").isFalse();
        assertThat(zalo.calls("sendChatAction").get(0).text("action")).isEqualTo("typing");
        assertThat(zalo.calls("sendMessage").get(0).text("text")).isEqualTo("Chào bạn");
        assertThat(api.getWebhookInfo().url()).isEqualTo("https://bot.example.org/zalo/webhook");
        assertThat(api.deleteWebhook().isSet()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "200 | 429 | Too many requests         | RATE_LIMITED",
            "429 | 0   |                           | RATE_LIMITED",
            "200 | -32 | Quota exceeded, slow down | RATE_LIMITED",
            "500 | 500 | Internal error            | SERVER_ERROR",
            "200 | 401 | Unauthorized              | UNAUTHORIZED",
            "403 | 403 | Forbidden                 | BLOCKED",
            "200 | -201| User has blocked the bot  | BLOCKED",
            "400 | 400 | text is too long          | REJECTED"})
    void errorsAreTyped(int status, int errorCode, String description, Kind kind) {
        String body = errorCode == 0 ? "" : "{\"ok\":false,\"error_code\":" + errorCode + ",\"description\":\"" + description + "\"}";
        zalo.failNext("sendMessage", status, body);

        assertThatThrownBy(() -> api.sendMessage("c1", "x"))
                .isInstanceOfSatisfying(ZaloApiException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void aRetryAfterIsReadWhenGiven() {
        zalo.failNext("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too many\",\"parameters\":{\"retry_after\":7}}");

        assertThatThrownBy(() -> api.sendMessage("c1", "x")).isInstanceOfSatisfying(ZaloApiException.class,
                e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7)));
    }

    @Test
    void anHtmlErrorPageIsAServerErrorAndAGarbledAnswerToo() {
        zalo.failNext("sendMessage", 502, "<html>Bad gateway</html>");
        zalo.failNext("sendMessage", 200, "not json");

        assertThatThrownBy(() -> api.sendMessage("c1", "x")).isInstanceOfSatisfying(ZaloApiException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
        assertThatThrownBy(() -> api.sendMessage("c1", "x")).isInstanceOfSatisfying(ZaloApiException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
    }

    @Test
    void theTokenIsMaskedInErrorsEvenWhenTheServerEchoesIt() {
        String secret = FakeZaloServer.TOKEN.substring(FakeZaloServer.TOKEN.indexOf(':') + 1);
        zalo.failNext("sendMessage", 404, "{\"ok\":false,\"error_code\":404,\"description\":\"No route /bot" + FakeZaloServer.TOKEN
                + "/sendMessage (secret " + secret + ")\"}");

        assertThatThrownBy(() -> api.sendMessage("c1", "x")).isInstanceOfSatisfying(ZaloApiException.class, e -> {
            assertThat(e.getMessage()).contains("No route /bot<token>/sendMessage").doesNotContain(secret);
            assertThat(e.description()).doesNotContain(secret);
            assertThat(e.toString()).doesNotContain(secret);
        });
    }

    @Test
    void noAnswerIsANetworkErrorWithoutTheToken() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ZaloBotApi unreachable = new ZaloBotApi("http://127.0.0.1:" + closedPort, FakeZaloServer.TOKEN, HttpClient.newHttpClient(),
                Duration.ofSeconds(2));

        assertThatThrownBy(unreachable::getMe).isInstanceOfSatisfying(ZaloApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.NETWORK);
            assertThat(e.getMessage()).startsWith("Zalo getMe failed").doesNotContain(FakeZaloServer.TOKEN);
        });
        assertThat(unreachable.toString()).doesNotContain(FakeZaloServer.TOKEN);
    }
}
