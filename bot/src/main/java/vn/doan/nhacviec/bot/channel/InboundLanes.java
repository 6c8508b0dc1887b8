package vn.doan.nhacviec.bot.channel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where the channel adapters hand what they receive: per chat in arrival order, chats in parallel on
 * a bounded pool ({@code nhacviec.inbound.threads}), so the receiving thread goes back to receiving
 * and one chat's long import keeps nobody else waiting. With 0 threads, work runs on the receiving
 * thread.
 */
@Component
@EnableConfigurationProperties(InboundProperties.class)
public class InboundLanes implements DisposableBean {

    private final ExecutorService pool;
    private final ChatLanes lanes;

    public InboundLanes(InboundProperties properties) {
        int threads = properties.threads();
        if (threads == 0) {
            pool = null;
            lanes = new ChatLanes(Runnable::run);
        } else {
            AtomicInteger count = new AtomicInteger();
            pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "inbound-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            lanes = new ChatLanes(pool);
        }
    }

    /** Handles {@code work} after the chat's earlier messages, in parallel with other chats. */
    public void submit(String channel, String chatRef, Runnable work) {
        lanes.submit(channel + ":" + chatRef, work);
    }

    /** Lets messages being handled finish (a short while), drops the ones not started. */
    @Override
    public void destroy() throws InterruptedException {
        if (pool != null) {
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
    }
}
