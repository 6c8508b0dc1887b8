package vn.doan.nhacviec.scheduler.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * A plain-HTTP Telegram sender for the delivery benchmark ({@code sendMessage} only, text only):
 * the answer's status and body are mapped to outcomes as the real channel will do.
 */
final class HttpTelegramSender implements MessageSender {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI sendMessage;

    HttpTelegramSender(URI base, String token) {
        this.sendMessage = base.resolve("/bot" + token + "/sendMessage");
    }

    @Override
    public String channel() {
        return "telegram";
    }

    @Override
    public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        String body = JSON.writeValueAsString(Map.of("chat_id", chat.chatRef(), "text", message.text()));
        HttpRequest request = HttpRequest.newBuilder(sendMessage)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new SendOutcome.TransientFailure(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.TransientFailure("interrupted");
        }
    }

    private static SendOutcome outcome(int status, String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException e) {
            return new SendOutcome.TransientFailure("HTTP " + status + " with an unreadable answer");
        }
        String description = json.path("description").asString("");
        if (status == 200 && json.path("ok").asBoolean(false)) {
            return new SendOutcome.Sent(json.path("result").path("message_id").asString());
        }
        if (status == 429) {
            return new SendOutcome.RetryAfter(Duration.ofSeconds(json.path("parameters").path("retry_after").asLong(1)));
        }
        if (status == 403) {
            return new SendOutcome.Blocked(description);
        }
        if (status >= 500) {
            return new SendOutcome.TransientFailure("HTTP " + status + " " + description);
        }
        return new SendOutcome.PermanentFailure("HTTP " + status + " " + description);
    }
}
