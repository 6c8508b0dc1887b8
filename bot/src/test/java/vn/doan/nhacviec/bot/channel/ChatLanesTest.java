package vn.doan.nhacviec.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-chat order under parallel handling, and other chats going on while one is stuck (latches, not timings). */
class ChatLanesTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ChatLanes lanes = new ChatLanes(pool);

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void eachChatsMessagesAreHandledInArrivalOrderWhileChatsRunInParallel() throws InterruptedException {
        int chats = 20;
        int perChat = 200;
        Map<String, List<Integer>> handled = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> runningPerChat = new ConcurrentHashMap<>();
        AtomicInteger overlapsInAChat = new AtomicInteger();
        AtomicInteger runningAtOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(chats * perChat);
        for (int n = 0; n < perChat; n++) {
            for (int c = 0; c < chats; c++) {
                String chat = "c" + c;
                int number = n;
                lanes.submit(chat, () -> {
                    if (runningPerChat.computeIfAbsent(chat, k -> new AtomicInteger()).incrementAndGet() > 1) {
                        overlapsInAChat.incrementAndGet();
                    }
                    mostAtOnce.accumulateAndGet(runningAtOnce.incrementAndGet(), Math::max);
                    handled.computeIfAbsent(chat, k -> Collections.synchronizedList(new ArrayList<>())).add(number);
                    Thread.yield();
                    runningAtOnce.decrementAndGet();
                    runningPerChat.get(chat).decrementAndGet();
                    all.countDown();
                });
            }
        }

        assertThat(all.await(60, TimeUnit.SECONDS)).isTrue();
        List<Integer> expected = java.util.stream.IntStream.range(0, perChat).boxed().toList();
        for (int c = 0; c < chats; c++) {
            assertThat(handled.get("c" + c)).as("chat c" + c).containsExactlyElementsOf(expected);
        }
        assertThat(overlapsInAChat).as("one chat's messages never run at the same time").hasValue(0);
        assertThat(lanes.busyChats()).isZero();
    }

    @Test
    void otherChatsAreHandledWhileOneChatIsBlocked() throws InterruptedException {
        CountDownLatch importStarted = new CountDownLatch(1);
        CountDownLatch releaseImport = new CountDownLatch(1);
        List<String> afterImport = Collections.synchronizedList(new ArrayList<>());
        lanes.submit("busy", () -> {
            importStarted.countDown();
            await(releaseImport);
        });
        lanes.submit("busy", () -> afterImport.add("next message of the busy chat"));
        assertThat(importStarted.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch others = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            lanes.submit("other" + i, others::countDown);
        }

        assertThat(others.await(10, TimeUnit.SECONDS)).as("other chats answered while the import runs").isTrue();
        assertThat(afterImport).as("the busy chat's next message waits for its import").isEmpty();

        releaseImport.countDown();
        CountDownLatch drained = new CountDownLatch(1);
        lanes.submit("busy", drained::countDown);
        assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(afterImport).containsExactly("next message of the busy chat");
    }

    @Test
    void aFailingMessageDoesNotStopTheChatsLane() throws InterruptedException {
        CountDownLatch next = new CountDownLatch(1);
        lanes.submit("c", () -> {
            throw new IllegalStateException("a bug");
        });
        lanes.submit("c", next::countDown);

        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
