package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** Several dispatchers over one database, and a dispatcher that dies while sending. */
class OutboxInstancesTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Tuesday 24/11/2026, 10:00 in Vietnam: inside the sending window, not a quiet day. */
    private static final java.time.Instant WORKING_MORNING = java.time.Instant.parse("2026-11-24T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void twoRunningDispatchersNeverSendARowTwice() throws Exception {
        // real time, read as a working morning in Vietnam: reminders outside sending hours would wait
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(java.time.Instant.now(), WORKING_MORNING));
        OutboxProperties properties = TestOutboxProperties.of(null, null, LEASE, 25, 3, Duration.ofMillis(100), null, false);
        try (OutboxTestDatabase first = new OutboxTestDatabase(dir, clock);
                OutboxTestDatabase second = new OutboxTestDatabase(dir, clock)) {
            List<String> texts = enqueue(first, clock, 40, 25);
            RecordingSender a = new RecordingSender("console", clock);
            RecordingSender b = new RecordingSender("console", clock);
            OutboxDispatcher one = first.dispatcher(properties, Sleeper.SYSTEM, a);
            OutboxDispatcher two = second.dispatcher(properties, Sleeper.SYSTEM, b);
            assertThat(one.instanceId()).isNotEqualTo(two.instanceId());

            one.start();
            two.start();
            try {
                awaitAllSent(first, texts.size());
            } finally {
                one.stop();
                two.stop();
            }

            Map<String, Long> counts = merge(a.deliveryCounts(), b.deliveryCounts());
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(texts);
            assertThat(counts.values()).allMatch(n -> n == 1);
            assertThat(a.delivered()).as("both instances took part").isNotEmpty();
            assertThat(b.delivered()).isNotEmpty();
        }
    }

    @Test
    void dispatchersTakingTurnsShareTheWorkWithoutOverlap() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
        OutboxProperties properties = TestOutboxProperties.of(null, null, LEASE, 7, 1, null, null, false);
        try (OutboxTestDatabase first = new OutboxTestDatabase(dir, clock);
                OutboxTestDatabase second = new OutboxTestDatabase(dir, clock)) {
            List<String> texts = enqueue(first, clock, 10, 10);
            RecordingSender a = new RecordingSender("console", clock);
            RecordingSender b = new RecordingSender("console", clock);
            OutboxDispatcher one = first.dispatcher(properties, new FakeSleeper(clock), a);
            OutboxDispatcher two = second.dispatcher(properties, new FakeSleeper(clock), b);

            while (one.dispatchOnce() + two.dispatchOnce() > 0) {
                clock.advance(Duration.ofMillis(1));
            }

            Map<String, Long> counts = merge(a.deliveryCounts(), b.deliveryCounts());
            assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(texts);
            assertThat(counts.values()).allMatch(n -> n == 1);
        }
    }

    @Test
    void rowsOfADeadDispatcherAreSentByAnotherAfterTheLease() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
        OutboxProperties properties = TestOutboxProperties.of(null, null, LEASE, 30, 1, null, null, false);
        try (OutboxTestDatabase db = new OutboxTestDatabase(dir, clock)) {
            List<String> texts = enqueue(db, clock, 20, 5);
            CrashingSender dying = new CrashingSender(clock, 12);
            OutboxDispatcher doomed = db.dispatcher(properties, new FakeSleeper(clock), dying);
            assertThatThrownBy(doomed::dispatchOnce).isInstanceOf(Crash.class);
            Set<String> inFlightAtCrash = new HashSet<>(dying.recording.delivered());
            assertThat(inFlightAtCrash).hasSize(12);
            assertThat(db.outbox.countByState().get(OutboxState.SENDING)).isEqualTo(30);

            RecordingSender survivor = new RecordingSender("console", clock);
            OutboxDispatcher next = db.dispatcher(properties, new FakeSleeper(clock), survivor);
            next.drain();
            assertThat(survivor.delivered()).hasSize(texts.size() - 30);
            assertThat(db.outbox.countByState().get(OutboxState.SENDING)).as("still leased to the dead one").isEqualTo(30);

            clock.advance(LEASE.plusMillis(1));
            next.drain();

            Map<String, Long> counts = merge(dying.recording.deliveryCounts(), survivor.deliveryCounts());
            assertThat(counts.keySet()).as("nothing lost").containsExactlyInAnyOrderElementsOf(texts);
            Set<String> twice = new HashSet<>();
            counts.forEach((text, n) -> {
                if (n > 1) {
                    twice.add(text);
                }
            });
            assertThat(counts.values()).allMatch(n -> n <= 2);
            assertThat(twice).as("only messages in flight at the crash are sent twice").isEqualTo(inFlightAtCrash);
            assertThat(db.outbox.countByState().get(OutboxState.SENT)).isEqualTo(texts.size());
        }
    }

    /** {@code chats} chats with {@code perChat} messages each, stored in one batch, interleaved. */
    private static List<String> enqueue(OutboxTestDatabase db, Clock clock, int chats, int perChat) {
        List<Chat> created = new ArrayList<>();
        for (int c = 0; c < chats; c++) {
            created.add(db.chat("console", "c" + c, Chat.ChatKind.PRIVATE));
        }
        List<NewOutboxMessage> messages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int m = 0; m < perChat; m++) {
            for (Chat chat : created) {
                String text = chat.chatRef() + "-" + m;
                texts.add(text);
                messages.add(NewOutboxMessage.now(chat.id(), MessageKind.REMINDER, OutgoingMessage.text(text),
                        clock.instant()));
            }
        }
        db.outbox.enqueueAll(messages);
        return texts;
    }

    private static void awaitAllSent(OutboxTestDatabase db, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.outbox.countByState().get(OutboxState.SENT) < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.outbox.countByState().get(OutboxState.SENT)).isEqualTo(expected);
    }

    private static Map<String, Long> merge(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> merged = new HashMap<>(a);
        b.forEach((text, n) -> merged.merge(text, n, Long::sum));
        return merged;
    }

    /**
     * The process dies: not an exception the dispatcher could handle (an error that leaves the JVM in
     * doubt; any other {@link Error} costs the message one attempt and the dispatcher goes on).
     */
    private static final class Crash extends VirtualMachineError {
    }

    /** Delivers {@code survive} messages, then the process "dies" in the middle of a batch. */
    private static final class CrashingSender implements MessageSender {
        final RecordingSender recording;
        final AtomicInteger left;

        CrashingSender(Clock clock, int survive) {
            this.recording = new RecordingSender("console", clock);
            this.left = new AtomicInteger(survive);
        }

        @Override
        public String channel() {
            return "console";
        }

        @Override
        public SendOutcome send(Chat chat, OutgoingMessage message, String edit) {
            if (left.getAndDecrement() <= 0) {
                throw new Crash();
            }
            return recording.send(chat, message, edit);
        }
    }
}
