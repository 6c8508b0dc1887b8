package vn.doan.nhacviec.scheduler.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.scheduler.workers.Worker;
import vn.doan.nhacviec.scheduler.workers.WorkerState;
import vn.doan.nhacviec.scheduler.workers.WorkerSupervisor;

/** What a sender throws, {@link Error}s included, costs one attempt of one message, never the dispatcher for good. */
class DispatcherSurvivalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final OutboxProperties PROPERTIES =
            TestOutboxProperties.of(null, null, Duration.ofMinutes(2), 10, 2, Duration.ofMillis(20), Duration.ofMillis(20), false);

    @TempDir
    Path dir;

    @Test
    void anErrorFromASenderCountsAsOneFailedAttemptOfThatMessage() {
        MutableClock clock = new MutableClock(NOW);
        try (OutboxTestDatabase db = new OutboxTestDatabase(dir, clock)) {
            Chat broken = db.chat("console", "broken", Chat.ChatKind.PRIVATE);
            Chat fine = db.chat("console", "fine", Chat.ChatKind.PRIVATE);
            ThrowingSender sender = new ThrowingSender(chat -> chat.id() == broken.id() ? new NoClassDefFoundError("poi") : null);
            long failing = db.outbox.enqueue(broken.id(), MessageKind.REPLY, OutgoingMessage.text("a"), null, 40, clock.instant());
            long other = db.outbox.enqueue(fine.id(), MessageKind.REPLY, OutgoingMessage.text("b"), null, 40, clock.instant());

            db.dispatcher(PROPERTIES, new FakeSleeper(clock), sender).drain();

            OutboxEntry failed = db.outbox.find(failing).orElseThrow();
            assertThat(failed.state()).isEqualTo(OutboxState.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).contains("NoClassDefFoundError");
            assertThat(db.outbox.find(other).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        }
    }

    @Test
    void anErrorThatLeavesTheJvmInDoubtEndsTheLoopAndTheSupervisorStartsItAgain() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        try (OutboxTestDatabase db = new OutboxTestDatabase(dir, clock)) {
            Chat chat = db.chat("console", "c", Chat.ChatKind.PRIVATE);
            AtomicInteger calls = new AtomicInteger();
            ThrowingSender sender = new ThrowingSender(c -> calls.incrementAndGet() == 1 ? new OutOfMemoryError("test") : null);
            OutboxDispatcher dispatcher = db.dispatcher(PROPERTIES, new FakeSleeper(clock), sender);
            WorkerSupervisor supervisor = new WorkerSupervisor(workers(dispatcher), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
            assertThat(dispatcher.state()).isEqualTo(WorkerState.OFF);
            dispatcher.start();
            try {
                assertThat(dispatcher.state()).isEqualTo(WorkerState.UP);
                assertThat(supervisor.restartDead()).as("nothing to do while it runs").isEmpty();
                long id = db.outbox.enqueue(chat.id(), MessageKind.REPLY, OutgoingMessage.text("x"), null, 40, clock.instant());
                dispatcher.wake();

                await(() -> dispatcher.state() == WorkerState.DOWN);
                assertThat(db.outbox.find(id).orElseThrow().state()).isNotEqualTo(OutboxState.SENT);

                assertThat(supervisor.restartDead()).containsExactly("outbox-dispatcher");
                assertThat(dispatcher.state()).isEqualTo(WorkerState.UP);
                await(() -> db.outbox.find(id).orElseThrow().state() == OutboxState.SENT);
                assertThat(calls.get()).isEqualTo(2);
            } finally {
                dispatcher.stop();
            }
            assertThat(dispatcher.state()).isEqualTo(WorkerState.OFF);
        }
    }

    private static ObjectProvider<Worker> workers(Worker... workers) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < workers.length; i++) {
            beans.registerSingleton("worker" + i, workers[i]);
        }
        return beans.getBeanProvider(Worker.class);
    }

    private static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.get()).isTrue();
    }

    /** Throws what {@code errors} gives for a chat (null: sends). */
    private record ThrowingSender(java.util.function.Function<Chat, Error> errors) implements MessageSender {

        @Override
        public String channel() {
            return "console";
        }

        @Override
        public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
            Error error = errors.apply(chat);
            if (error != null) {
                throw error;
            }
            return new SendOutcome.Sent("p");
        }
    }
}
