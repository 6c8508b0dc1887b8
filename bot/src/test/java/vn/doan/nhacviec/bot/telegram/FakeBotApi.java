package vn.doan.nhacviec.bot.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Bot API server in the test's process (127.0.0.1, a free port) that the real TelegramBots client
 * and long-polling session talk to. It answers the methods the bot uses, hands out queued updates
 * to getUpdates (confirmed by the next offset, as Telegram does), can be told to fail the next call
 * of a method, and records every call. Files users "sent" are hosted with {@link #hostFile}: getFile
 * gives their path, and their bytes are served under {@code /file/bot<token>/<path>}.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 777000111L;
    static final String BOT_USERNAME = "nhacviec_test_bot";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration LONGEST_POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Method names are case-insensitive on the Bot API (the library sends {@code getme}); calls are recorded by these names. */
    private static final Map<String, String> METHODS = java.util.stream.Stream.of("getMe", "getUpdates", "sendMessage", "sendPhoto",
                    "sendDocument", "editMessageText", "answerCallbackQuery", "setMyCommands", "deleteMyCommands", "setWebhook", "deleteWebhook", "getFile")
            .collect(java.util.stream.Collectors.toMap(m -> m.toLowerCase(java.util.Locale.ROOT), m -> m));

    /** One call as the server received it: JSON fields, or multipart form fields and files. */
    record Call(String method, JsonNode params, List<FilePart> files) {

        String param(String name) {
            JsonNode value = params.get(name);
            return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
        }

        String chatId() {
            return param("chat_id");
        }
    }

    record FilePart(String field, String fileName, int size) {
    }

    private record Failure(int code, String description, Integer retryAfter) {
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean recording = true;
    private volatile java.util.function.Consumer<Call> listener = call -> { };
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final AtomicInteger updateIds = new AtomicInteger(100);
    private final AtomicInteger messageIds = new AtomicInteger(5000);
    private long highestOffset;
    private final Map<String, byte[]> hostedFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();

    private FakeBotApi(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::serve);
    }

    static FakeBotApi start(String token) {
        try {
            FakeBotApi api = new FakeBotApi(token);
            api.server.start();
            return api;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- what tests do

    /** A file a user sent, known to the server by {@code fileId}. */
    void hostFile(String fileId, byte[] bytes) {
        hostedFiles.put(fileId, bytes);
    }

    /** The file paths the bot downloaded, in order. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    /** Queues an update (its id assigned here) and returns the id. */
    synchronized int queue(ObjectNode update) {
        int id = updateIds.incrementAndGet();
        update.put("update_id", id);
        pending.add(update);
        notifyAll();
        return id;
    }

    /** Queues an update and waits until the bot has read and handled it (its next getUpdates confirms it). */
    int deliver(ObjectNode update) {
        int id = queue(update);
        awaitConfirmed(id);
        return id;
    }

    synchronized void awaitConfirmed(int updateId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (highestOffset <= updateId) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the bot did not confirm update " + updateId + "; calls: " + methods());
            }
            waitNanos(left);
        }
    }

    /** Every call is handed to {@code listener} as it arrives; with {@code record} false none is kept (benchmarks). */
    void listen(java.util.function.Consumer<Call> listener, boolean record) {
        this.listener = listener;
        this.recording = record;
    }

    /** The next call of {@code method} fails with this Bot API error. */
    synchronized void failNext(String method, int code, String description, Integer retryAfter) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Failure(code, description, retryAfter));
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls(String method, String chatId) {
        return calls.stream().filter(c -> c.method().equals(method) && chatId.equals(c.chatId())).toList();
    }

    /** Waits (bounded) for a call matching {@code test}, for messages the bot sends on its own threads. */
    Call await(String method, Predicate<Call> test) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls(method)) {
                if (test.test(call)) {
                    return call;
                }
            }
            synchronized (this) {
                waitNanos(Duration.ofMillis(50).toNanos());
            }
        }
        throw new AssertionError("no matching " + method + " call; calls: " + calls);
    }

    private List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    // ---- the server side

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher download = Pattern.compile("^/file/bot([^/]+)/files/(.+)$").matcher(exchange.getRequestURI().getPath());
            if (download.matches()) {
                serveFile(exchange, download.group(1), download.group(2));
                return;
            }
            Matcher path = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$").matcher(exchange.getRequestURI().getPath());
            if (!path.matches() || !path.group(1).equals(token)) {
                respond(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            String method = METHODS.getOrDefault(path.group(2).toLowerCase(java.util.Locale.ROOT), path.group(2));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Call call = parse(method, exchange.getRequestHeaders().getFirst("Content-Type"), body);
            if (recording) {
                calls.add(call);
            }
            listener.accept(call);
            Failure failure = nextFailure(method);
            if (failure != null) {
                respond(exchange, failure.code(), error(failure.code(), failure.description(), failure.retryAfter()));
                return;
            }
            if ((call.method().equals("sendMessage") || call.method().equals("editMessageText")) && call.param("text") != null
                    && visibleLength(call.param("text"), call.param("parse_mode")) > MAX_TEXT) {
                // as Telegram: the limit is on the text after its entities are parsed
                respond(exchange, 400, error(400, "Bad Request: message is too long", null));
                return;
            }
            if (call.method().equals("getFile") && !hostedFiles.containsKey(call.param("file_id"))) {
                respond(exchange, 400, error(400, "Bad Request: invalid file_id", null));
                return;
            }
            respond(exchange, 200, ok(answer(call)));
        } catch (RuntimeException e) {
            respond(exchange, 500, error(500, "Internal Server Error: " + e, null));
        }
        synchronized (this) {
            notifyAll();
        }
    }

    /** Telegram's limit on a message's text, counted after parsing, in UTF-16 units. */
    static final int MAX_TEXT = 4096;

    /** The length of the text Telegram shows: with parse_mode HTML, tags dropped and entities read as one character. */
    static int visibleLength(String text, String parseMode) {
        if (!"HTML".equalsIgnoreCase(parseMode)) {
            return text.length();
        }
        return text.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").length();
    }

    private void serveFile(HttpExchange exchange, String token, String fileId) throws IOException {
        byte[] bytes = hostedFiles.get(fileId);
        if (!token.equals(this.token) || bytes == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        downloads.add(fileId);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized Failure nextFailure(String method) {
        Deque<Failure> queued = failures.get(method);
        return queued == null ? null : queued.poll();
    }

    private JsonNode answer(Call call) {
        return switch (call.method()) {
            case "getMe" -> JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc Đoàn")
                    .put("username", BOT_USERNAME).put("can_join_groups", true);
            case "getUpdates" -> updates(call);
            case "sendMessage", "sendDocument", "sendPhoto" -> message(messageIds.incrementAndGet(), call);
            case "editMessageText" -> message(Integer.parseInt(call.param("message_id")), call);
            case "getFile" -> JSON.createObjectNode().put("file_id", call.param("file_id")).put("file_unique_id", "u-" + call.param("file_id"))
                    .put("file_size", hostedFiles.get(call.param("file_id")).length).put("file_path", "files/" + call.param("file_id"));
            default -> JSON.getNodeFactory().booleanNode(true);
        };
    }

    private ObjectNode message(int id, Call call) {
        long chatId = Long.parseLong(call.chatId());
        ObjectNode message = JSON.createObjectNode().put("message_id", id).put("date", 1_790_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
        message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc Đoàn").put("username", BOT_USERNAME);
        if (call.param("text") != null) {
            message.put("text", call.param("text"));
        }
        return message;
    }

    /** Long polling: answers queued updates from the offset on, or waits a little for one. */
    private synchronized ArrayNode updates(Call call) {
        long offset = call.params().path("offset").asLong(0);
        if (offset > highestOffset) {
            highestOffset = offset;
            notifyAll();
        }
        pending.removeIf(update -> update.get("update_id").asLong() < offset);
        long deadline = System.nanoTime() + Math.min(LONGEST_POLL.toNanos(), Duration.ofSeconds(call.params().path("timeout").asLong(0)).toNanos());
        while (pending.isEmpty() && System.nanoTime() < deadline) {
            waitNanos(deadline - System.nanoTime());
        }
        ArrayNode result = JSON.createArrayNode();
        pending.stream().limit(100).forEach(result::add);
        return result;
    }

    private void waitNanos(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Call parse(String method, String contentType, byte[] body) {
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            return multipart(method, contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1"), body);
        }
        JsonNode params = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        return new Call(method, params, List.of());
    }

    private static Call multipart(String method, String boundary, byte[] body) {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        ObjectNode fields = JSON.createObjectNode();
        List<FilePart> files = new ArrayList<>();
        int position = raw.indexOf(delimiter);
        while (position >= 0 && !raw.startsWith("--", position + delimiter.length())) {
            int start = position + delimiter.length() + 2;
            int next = raw.indexOf("\r\n" + delimiter, start);
            if (next < 0) {
                break;
            }
            String part = raw.substring(start, next);
            int headersEnd = part.indexOf("\r\n\r\n");
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            String name = headers.replaceAll("(?s).*\\bname=\"([^\"]*)\".*", "$1");
            Matcher fileName = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if (fileName.find()) {
                files.add(new FilePart(name, fileName.group(1), content.length()));
            } else {
                String value = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                fields.set(name, value.startsWith("{") || value.startsWith("[") ? JSON.readTree(value) : JSON.getNodeFactory().stringNode(value));
            }
            position = next + 2;
        }
        return new Call(method, fields, List.copyOf(files));
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        return answer;
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode answer = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            answer.putObject("parameters").put("retry_after", retryAfter);
        }
        return answer;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
