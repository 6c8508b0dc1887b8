package vn.doan.nhacviec.bot.channel;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats on a shared executor: the work of one chat one piece after the other,
 * in the order it was submitted; different chats at the same time, as far as the executor's
 * threads go. A chat with a long piece of work (an import) holds one thread and its own later
 * messages, never another chat's. Each lane gives its thread back after every piece, so a chat
 * with many messages waiting does not starve the others.
 */
public final class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final Executor executor;
    /** Lanes with work waiting or running; guarded by itself. */
    private final Map<String, Lane> lanes = new HashMap<>();

    public ChatLanes(Executor executor) {
        this.executor = executor;
    }

    /** Queues {@code work} behind the chat's earlier work; never runs it on the calling thread unless the executor does. */
    public void submit(String chatKey, Runnable work) {
        Lane start = null;
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(chatKey, Lane::new);
            lane.waiting.add(work);
            if (!lane.scheduled) {
                lane.scheduled = true;
                start = lane;
            }
        }
        if (start != null) {
            start.schedule();
        }
    }

    /** Chats with work waiting or running. */
    public int busyChats() {
        synchronized (lanes) {
            return lanes.size();
        }
    }

    private final class Lane implements Runnable {

        private final String key;
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        /** On the executor (queued or running); guarded by {@link #lanes}. */
        private boolean scheduled;

        Lane(String key) {
            this.key = key;
        }

        private void schedule() {
            try {
                executor.execute(this);
            } catch (RejectedExecutionException e) {
                // shutting down: what has not started is dropped, as after a crash
                synchronized (lanes) {
                    lanes.remove(key, this);
                }
                log.warn("Inbound work for a chat dropped while stopping");
            }
        }

        @Override
        public void run() {
            Runnable next;
            synchronized (lanes) {
                next = waiting.poll();
            }
            try {
                if (next != null) {
                    next.run();
                }
            } catch (RuntimeException | Error e) {
                // the adapters log their own failures; this keeps the lane going after a bug
                log.error("Inbound work for a chat failed: {}", e.toString(), e);
            } finally {
                boolean more;
                synchronized (lanes) {
                    more = !waiting.isEmpty();
                    if (!more) {
                        scheduled = false;
                        lanes.remove(key, this);
                    }
                }
                if (more) {
                    schedule();
                }
            }
        }
    }
}
