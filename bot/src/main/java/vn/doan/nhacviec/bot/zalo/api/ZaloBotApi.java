package vn.doan.nhacviec.bot.zalo.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Zalo Bot API methods the bot uses. Every call is a JSON POST; an answer {@code {"ok":false}},
 * an HTTP error or no answer at all becomes a {@link ZaloApiException} of the matching kind.
 * Thread-safe.
 */
public final class ZaloBotApi {

    /** Zalo's answer to getUpdates when nothing arrived within the timeout. */
    private static final int POLL_TIMEOUT = 408;
    private static final String MASK = "<token>";

    private final String base;
    private final String token;
    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param apiUrl         e.g. {@code https://bot-api.zaloplatforms.com}
     * @param requestTimeout how long a call may take, on top of a long poll's own timeout
     */
    public ZaloBotApi(String apiUrl, String token, HttpClient http, Duration requestTimeout) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The Zalo bot token is empty");
        }
        this.base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token.strip();
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    public BotInfo getMe() {
        BotInfo bot = as(call("getMe", Map.of(), requestTimeout), BotInfo.class, "getMe");
        if (bot == null) {
            throw ZaloApiException.unreadable("getMe", 200);
        }
        return bot;
    }

    /**
     * Waits up to {@code timeout} for updates.
     *
     * @return what arrived, possibly nothing; Zalo answers one update at a time, a list is read too
     */
    public List<ZaloUpdate> getUpdates(Duration timeout) {
        try {
            // the documented parameter is a string of seconds
            JsonNode result = call("getUpdates", new GetUpdates(String.valueOf(Math.max(1, timeout.toSeconds()))),
                    timeout.plus(requestTimeout));
            return ZaloJson.updatesIn(result);
        } catch (ZaloApiException e) {
            if (e.errorCode() == POLL_TIMEOUT) {
                return List.of();
            }
            throw e;
        }
    }

    /** Registers {@code url} (HTTPS) to receive updates; Zalo sends {@code secretToken} in the X-Bot-Api-Secret-Token header. */
    public WebhookInfo setWebhook(String url, String secretToken) {
        return as(call("setWebhook", new SetWebhook(url, secretToken), requestTimeout), WebhookInfo.class, "setWebhook");
    }

    public WebhookInfo deleteWebhook() {
        return as(call("deleteWebhook", Map.of(), requestTimeout), WebhookInfo.class, "deleteWebhook");
    }

    public WebhookInfo getWebhookInfo() {
        return as(call("getWebhookInfo", Map.of(), requestTimeout), WebhookInfo.class, "getWebhookInfo");
    }

    /** Sends 1 to 2,000 characters of plain text. */
    public SentMessage sendMessage(String chatId, String text) {
        return as(call("sendMessage", new SendMessage(chatId, text), requestTimeout), SentMessage.class, "sendMessage");
    }

    /** Sends the image at a public {@code photoUrl}, with an optional caption of up to 2,000 characters. */
    public SentMessage sendPhoto(String chatId, String photoUrl, String caption) {
        return as(call("sendPhoto", new SendPhoto(chatId, photoUrl, caption), requestTimeout), SentMessage.class, "sendPhoto");
    }

    public void sendChatAction(String chatId, ChatAction action) {
        call("sendChatAction", new SendChatAction(chatId, action.wireName()), requestTimeout);
    }

    private record GetUpdates(String timeout) {
    }

    private record SetWebhook(String url, String secretToken) {
    }

    private record SendMessage(String chatId, String text) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private record SendPhoto(String chatId, String photo, String caption) {
    }

    private record SendChatAction(String chatId, String action) {
    }

    /** The {@code result} of a successful call (null if the answer has none). */
    private JsonNode call(String method, Object request, Duration timeout) {
        HttpResponse<String> response;
        try {
            HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + method))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ZaloJson.MAPPER.writeValueAsString(request), StandardCharsets.UTF_8))
                    .build();
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw ZaloApiException.network(method, mask(e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ZaloApiException.network(method, "interrupted");
        }
        return resultOf(method, response);
    }

    private JsonNode resultOf(String method, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (answer == null || !answer.has("ok")) {
            if (status >= 400) {
                throw ZaloApiException.answered(method, status, "HTTP " + status, retryAfterHeader(response));
            }
            throw ZaloApiException.unreadable(method, status);
        }
        if (answer.path("ok").asBoolean(false) && status < 400) {
            return answer.get("result");
        }
        int code = answer.path("error_code").asInt(0);
        String description = answer.path("description").asString("");
        Duration retryAfter = retryAfterParameter(answer).or(() -> Optional.ofNullable(retryAfterHeader(response))).orElse(null);
        throw ZaloApiException.answered(method, code > 0 ? code : status, mask(description.isBlank() ? "HTTP " + status : description), retryAfter);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = ZaloJson.MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Optional<Duration> retryAfterParameter(JsonNode answer) {
        JsonNode seconds = answer.path("parameters").path("retry_after");
        return seconds.canConvertToInt() && seconds.asInt() > 0 ? Optional.of(Duration.ofSeconds(seconds.asInt())) : Optional.empty();
    }

    private static Duration retryAfterHeader(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(null);
    }

    private <T> T as(JsonNode result, Class<T> type, String method) {
        if (result == null || result.isNull()) {
            return null;
        }
        try {
            return ZaloJson.MAPPER.treeToValue(result, type);
        } catch (JacksonException e) {
            throw ZaloApiException.unreadable(method, 200);
        }
    }

    /** Hides the token wherever a message could carry it (a URL in an exception, an echoing server). */
    String mask(String text) {
        if (text == null) {
            return "";
        }
        String masked = text.replace(token, MASK).replace(URLEncoder.encode(token, StandardCharsets.UTF_8), MASK);
        int colon = token.indexOf(':');
        String secret = colon >= 0 ? token.substring(colon + 1) : token;
        return secret.length() >= 8 ? masked.replace(secret, MASK) : masked;
    }

    @Override
    public String toString() {
        return "ZaloBotApi[" + base + "]";
    }
}
