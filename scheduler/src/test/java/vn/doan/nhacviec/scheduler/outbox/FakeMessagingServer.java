package vn.doan.nhacviec.scheduler.outbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Telegram-shaped Bot API on 127.0.0.1 for the delivery benchmark: {@code sendMessage} answers
 * {@code {"ok":true,"result":{"message_id":..}}}, except for a share of requests answered 429
 * (retry_after 1) or 500. Message texts are {@code "msg <n>"}; the server counts how often each
 * {@code n} was accepted.
 */
final class FakeMessagingServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final double failureShare;
    private final AtomicIntegerArray accepted;
    private final AtomicInteger distinct = new AtomicInteger();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger();
    private final AtomicLong lastNewAtNanos = new AtomicLong();

    /**
     * @param messages     message numbers run from 0 to {@code messages - 1}
     * @param failureShare share of requests answered 429 or 500 (half each)
     */
    FakeMessagingServer(int messages, double failureShare, int threads) throws IOException {
        // Without it, headers and body leave in two packets and Nagle's algorithm meets delayed ACKs:
        // about 40 ms per request. Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.failureShare = failureShare;
        this.accepted = new AtomicIntegerArray(messages);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        this.executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] request = body.readAllBytes();
            if (!exchange.getRequestURI().getPath().endsWith("/sendMessage")) {
                answer(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            double roll = ThreadLocalRandom.current().nextDouble();
            if (roll < failureShare / 2) {
                tooManyRequests.incrementAndGet();
                answer(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
                        + "after 1\",\"parameters\":{\"retry_after\":1}}");
                return;
            }
            if (roll < failureShare) {
                serverErrors.incrementAndGet();
                answer(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
                return;
            }
            int n = messageNumber(new String(request, StandardCharsets.UTF_8));
            if (accepted.incrementAndGet(n) == 1) {
                distinct.incrementAndGet();
                lastNewAtNanos.set(System.nanoTime());
            }
            answer(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"text\":\"msg " + n + "\"}}");
        }
    }

    /** The n of {@code "text":"msg <n>"}; read by hand to leave the CPU to the system under test. */
    private static int messageNumber(String json) {
        int start = json.indexOf("\"msg ") + 5;
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Integer.parseInt(json, start, end, 10);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** How many different messages were accepted. */
    int distinctAccepted() {
        return distinct.get();
    }

    /** When the last message not seen before was accepted ({@link System#nanoTime()}). */
    long lastNewAtNanos() {
        return lastNewAtNanos.get();
    }

    int timesAccepted(int n) {
        return accepted.get(n);
    }

    int tooManyRequests() {
        return tooManyRequests.get();
    }

    int serverErrors() {
        return serverErrors.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
