package vn.doan.nhacviec.bot.zalo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An in-process Zalo Bot API on 127.0.0.1 and a random port: answers the methods the bot uses the
 * way Zalo does (one update per getUpdates, 408 when none came), records every call, and fails the
 * next calls of a method on request.
 */
final class FakeZaloServer implements AutoCloseable {

    static final String TOKEN = "3141592653:fakeSecretPartOfTheZaloToken";
    static final String BOT_NAME = "Nhắc việc Đoàn";

    /** One call: the method and its JSON body. */
    record Call(String method, JsonNode body, int status) {
        String text(String field) {
            JsonNode value = body.path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        }
    }

    private record Scripted(int status, String body) {
    }

    private static final Scripted PASS = new Scripted(0, null);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration LONGEST_POLL = Duration.ofSeconds(2);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final Map<String, ConcurrentLinkedQueue<Scripted>> failures = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, byte[]> hostedImages = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger();
    private volatile String webhookUrl = "";

    FakeZaloServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::exchange);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code bytes} as an image a user sent, and returns its URL (as an image event carries it). */
    String hostImage(String name, byte[] bytes) {
        hostedImages.put(name, bytes);
        return url() + "/files/" + name;
    }

    /** The next getUpdates answers this update alone, as Zalo does: {@code "result": {...}}. */
    void deliver(String updateJson) {
        updates.add(updateJson);
    }

    /** The next getUpdates answers these updates as a list, as Telegram would. */
    void deliverAsList(String... updateJsons) {
        updates.add("[" + String.join(",", updateJsons) + "]");
    }

    /** The next call of {@code method} gets this HTTP status and body instead of its answer. */
    void failNext(String method, int status, String body) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Scripted(status, body));
    }

    /** The next call of {@code method} is answered normally (to fail a later one with {@link #failNext}). */
    void answerNext(String method) {
        failures.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(PASS);
    }

    /** Like {@link #failNext}, for calls to one chat only, so other chats' messages cannot take it. */
    void failNextTo(String method, String chatId, int status, String body) {
        failNext(method + "#" + chatId, status, body);
    }

    /** Like {@link #answerNext}, for calls to one chat only. */
    void answerNextTo(String method, String chatId) {
        answerNext(method + "#" + chatId);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Texts delivered to a chat by sendMessage (failed calls left out), in order. */
    List<String> textsTo(String chatId) {
        return calls("sendMessage").stream().filter(c -> c.status() == 200 && chatId.equals(c.text("chat_id")))
                .map(c -> c.text("text")).toList();
    }

    /** Waits, at most 10 seconds, until the recorded calls satisfy {@code condition}. */
    void await(String what, Predicate<List<Call>> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.test(calls())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; calls: " + calls());
            }
            sleep(10);
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/files/")) {
                byte[] image = hostedImages.get(path.substring("/files/".length()));
                exchange.sendResponseHeaders(image == null ? 404 : 200, image == null ? -1 : image.length);
                if (image != null) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(image);
                    }
                }
                return;
            }
            String prefix = "/bot" + TOKEN + "/";
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length());
            JsonNode body = requestBody.isBlank() ? JSON.createObjectNode() : JSON.readTree(requestBody);
            Scripted failure = failures.getOrDefault(method + "#" + body.path("chat_id").asString(""), new ConcurrentLinkedQueue<>()).poll();
            if (failure == null) {
                failure = failures.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
            }
            Scripted answer = failure != null && failure != PASS ? failure : answer(method, body);
            record(new Call(method, body, answer.status()));
            respond(exchange, answer.status(), answer.body());
        }
    }

    private Scripted answer(String method, JsonNode body) {
        return switch (method) {
            case "getMe" -> ok("{\"id\":\"7777\",\"account_name\":\"bot.nhacviec\",\"display_name\":\"" + BOT_NAME
                    + "\",\"account_type\":\"BASIC\",\"can_join_groups\":true}");
            case "getUpdates" -> nextUpdate(body);
            case "sendMessage", "sendPhoto" -> ok("{\"message_id\":\"zm" + messageIds.incrementAndGet() + "\",\"date\":1764000000000}");
            case "setWebhook" -> {
                webhookUrl = body.path("url").asString("");
                yield ok("{\"url\":\"" + webhookUrl + "\",\"updated_at\":1764000000000}");
            }
            case "deleteWebhook" -> {
                webhookUrl = "";
                yield ok("{\"url\":\"\",\"updated_at\":1764000000000}");
            }
            case "getWebhookInfo" -> ok("{\"url\":\"" + webhookUrl + "\",\"updated_at\":1764000000000}");
            case "sendChatAction" -> new Scripted(200, "{\"ok\":true}");
            default -> new Scripted(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Method not found\"}");
        };
    }

    private Scripted nextUpdate(JsonNode body) {
        long seconds = Long.parseLong(body.path("timeout").asString("30"));
        Duration wait = Duration.ofSeconds(seconds).compareTo(LONGEST_POLL) < 0 ? Duration.ofSeconds(seconds) : LONGEST_POLL;
        try {
            String update = updates.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return update == null ? new Scripted(200, "{\"ok\":false,\"error_code\":408,\"description\":\"Request timeout\"}") : ok(update);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Scripted(503, "{\"ok\":false,\"error_code\":503,\"description\":\"Shutting down\"}");
        }
    }

    private static Scripted ok(String result) {
        return new Scripted(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private synchronized void record(Call call) {
        calls.add(call);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
