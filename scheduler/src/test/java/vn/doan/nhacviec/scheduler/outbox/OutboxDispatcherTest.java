package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The dispatcher on the test's thread, with a clock the test moves. */
class OutboxDispatcherTest {

    private static final OutboxProperties.Retry RETRY =
            new OutboxProperties.Retry(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 3, 0.5);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
    private OutboxTestDatabase db;
    private RecordingSender console;
    private OutboxDispatcher dispatcher;
    private Outbox outbox;
    private Chat alice;
    private Chat bob;

    @BeforeEach
    void setUp() {
        db = new OutboxTestDatabase(dir, clock);
        console = new RecordingSender("console", clock);
        dispatcher = db.dispatcher(TestOutboxProperties.of(null, RETRY, null, 50, 1, null, null, false),
                new FakeSleeper(clock), console);
        outbox = db.outboxService(dispatcher);
        alice = db.chat("console", "alice", Chat.ChatKind.PRIVATE);
        bob = db.chat("console", "bob", Chat.ChatKind.PRIVATE);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aMessageIsStoredBeforeItIsSent() {
        console.onSend((chat, message) -> assertThat(db.jdbc
                .sql("SELECT state FROM outbox_message WHERE chat_id = ? AND payload LIKE ?")
                .params(chat.id(), "%" + message.text() + "%").query(String.class).single())
                .isEqualTo("SENDING"));

        long id = outbox.reply(alice.id(), OutgoingMessage.text("chào bạn"));

        assertThat(console.attempts()).isEmpty();
        assertThat(db.outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.PENDING);

        dispatcher.drain();

        assertThat(console.delivered()).containsExactly("chào bạn");
        assertThat(db.outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(db.outbox.platformMessageId(id)).isPresent();
    }

    @Test
    void aChatsMessagesGoOutInTheOrderTheyWereStored() {
        outbox.send(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("a1"));
        outbox.send(bob.id(), MessageKind.REMINDER, OutgoingMessage.text("b1"));
        outbox.send(alice.id(), MessageKind.REPLY, OutgoingMessage.text("a2"));
        outbox.send(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("a3"));
        outbox.send(bob.id(), MessageKind.REPLY, OutgoingMessage.text("b2"));

        dispatcher.drain();

        assertThat(console.deliveredTo(alice.id())).containsExactly("a1", "a2", "a3");
        assertThat(console.deliveredTo(bob.id())).containsExactly("b1", "b2");
    }

    @Test
    void aMessageThatWillNotBeSentBeforeItsTimeWaits() {
        outbox.enqueue(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("tomorrow"), null, 0,
                clock.instant().plus(Duration.ofDays(1)));

        dispatcher.drain();
        assertThat(console.attempts()).isEmpty();

        clock.advance(Duration.ofDays(1));
        dispatcher.drain();
        assertThat(console.delivered()).containsExactly("tomorrow");
    }

    @Test
    void networkTroubleIsRetriedWithBackoffThenTheMessageFailsAndIsListed() {
        SendOutcome down = new SendOutcome.TransientFailure("HTTP 502");
        console.script("x", down, down, down, down);
        long failing = outbox.reply(alice.id(), OutgoingMessage.text("x"));
        outbox.reply(alice.id(), OutgoingMessage.text("after x"));

        dispatcher.drain();
        assertThat(console.attemptsOf("x")).isEqualTo(1);
        assertThat(console.delivered()).as("the later message waits for the earlier one").isEmpty();
        OutboxEntry afterFirst = db.outbox.find(failing).orElseThrow();
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isEqualTo("HTTP 502");
        assertThat(afterFirst.nextAttemptAt()).isAfterOrEqualTo(clock.instant().plusSeconds(5));

        clock.advance(Duration.ofSeconds(4));
        dispatcher.drain();
        assertThat(console.attemptsOf("x")).as("not before the backoff").isEqualTo(1);

        clock.advance(Duration.ofSeconds(6));
        dispatcher.drain();
        assertThat(console.attemptsOf("x")).isEqualTo(2);
        OutboxEntry afterSecond = db.outbox.find(failing).orElseThrow();
        assertThat(Duration.between(clock.instant(), afterSecond.nextAttemptAt()))
                .as("the second wait is longer").isGreaterThanOrEqualTo(Duration.ofSeconds(10));

        for (int i = 0; i < 10; i++) {
            clock.advance(RETRY.cap());
            dispatcher.drain();
        }

        assertThat(console.attemptsOf("x")).as("bounded by max-attempts").isEqualTo(3);
        OutboxEntry failed = db.outbox.find(failing).orElseThrow();
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(db.outbox.listFailed(10)).extracting(OutboxEntry::id).containsExactly(failing);
        assertThat(db.outbox.listFailed(10).get(0).lastError()).isEqualTo("HTTP 502");
        assertThat(console.delivered()).containsExactly("after x");
    }

    @Test
    void aMessageThatFailsOnceIsSentOnRetry() {
        console.script("x", new SendOutcome.TransientFailure("timeout"));
        long id = outbox.reply(alice.id(), OutgoingMessage.text("x"));

        dispatcher.drain();
        clock.advance(RETRY.base());
        dispatcher.drain();

        assertThat(console.delivered()).containsExactly("x");
        assertThat(db.outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        assertThat(db.outbox.find(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aSenderThatThrowsCountsAsNetworkTrouble() {
        MessageSender throwing = new MessageSender() {
            @Override
            public String channel() {
                return "console";
            }

            @Override
            public SendOutcome send(Chat chat, OutgoingMessage message, String edit) {
                throw new IllegalStateException("connection reset");
            }
        };
        OutboxDispatcher dispatcher = db.dispatcher(TestOutboxProperties.of(null, RETRY, null, 50, 1, null, null, false),
                new FakeSleeper(clock), throwing);
        long id = outbox.reply(alice.id(), OutgoingMessage.text("x"));

        dispatcher.drain();

        OutboxEntry entry = db.outbox.find(id).orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains("connection reset");
    }

    @Test
    void retryAfterIsHonouredForTheWholeChat() {
        console.script("a1", new SendOutcome.RetryAfter(Duration.ofSeconds(30)));
        long first = outbox.reply(alice.id(), OutgoingMessage.text("a1"));
        outbox.reply(alice.id(), OutgoingMessage.text("a2"));
        outbox.reply(bob.id(), OutgoingMessage.text("b1"));

        dispatcher.drain();
        assertThat(console.delivered()).containsExactly("b1");
        assertThat(db.outbox.find(first).orElseThrow().attempts()).as("a 429 is not the message's fault").isZero();

        clock.advance(Duration.ofSeconds(10));
        outbox.reply(alice.id(), OutgoingMessage.text("a3"));
        dispatcher.drain();
        clock.advance(Duration.ofSeconds(19));
        dispatcher.drain();
        assertThat(console.deliveredTo(alice.id())).as("nothing to the chat before the wait is over").isEmpty();
        assertThat(console.attemptsOf("a1")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.drain();
        assertThat(console.deliveredTo(alice.id())).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aBlockedChatBecomesInactiveAndIsReported() {
        console.always(alice.id(), new SendOutcome.Blocked("Forbidden: bot was blocked by the user"));
        long first = outbox.send(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("a1"));
        long second = outbox.send(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("a2"));
        outbox.send(bob.id(), MessageKind.REMINDER, OutgoingMessage.text("b1"));

        dispatcher.drain();

        assertThat(console.attemptsOf("a1")).isEqualTo(1);
        assertThat(console.attemptsOf("a2")).as("nothing more is tried on a blocked chat").isZero();
        assertThat(db.outbox.find(first).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(db.outbox.find(first).orElseThrow().lastError()).contains("blocked");
        assertThat(db.outbox.find(second).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(db.chats.findById(alice.id()).orElseThrow().active()).isFalse();
        assertThat(db.events()).containsExactly(
                new ChatBlockedEvent(alice.id(), "Forbidden: bot was blocked by the user"));
        assertThat(console.delivered()).containsExactly("b1");

        long later = outbox.send(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("a3"));
        dispatcher.drain();
        assertThat(console.attemptsOf("a3")).isZero();
        assertThat(db.outbox.find(later).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
    }

    @Test
    void aRefusedMessageFailsAndTheChatGoesOn() {
        console.script("bad", new SendOutcome.PermanentFailure("Bad Request: message is too long"));
        long bad = outbox.reply(alice.id(), OutgoingMessage.text("bad"));
        outbox.reply(alice.id(), OutgoingMessage.text("good"));

        dispatcher.drain();

        assertThat(db.outbox.find(bad).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(db.outbox.listFailed(10).get(0).lastError()).isEqualTo("Bad Request: message is too long");
        assertThat(console.attemptsOf("bad")).isEqualTo(1);
        assertThat(console.delivered()).containsExactly("good");
    }

    @Test
    void aDedupKeyStoresAndSendsOnce() {
        long first = outbox.enqueue(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("r"), "occ:7:stage:1", 0,
                clock.instant());
        long second = outbox.enqueue(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("r"), "occ:7:stage:1", 0,
                clock.instant());
        dispatcher.drain();
        long third = outbox.enqueue(alice.id(), MessageKind.REMINDER, OutgoingMessage.text("r"), "occ:7:stage:1", 0,
                clock.instant());
        dispatcher.drain();

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(console.delivered()).containsExactly("r");
    }

    @Test
    void anEditNamesThePlatformIdOfTheEditedMessage() {
        long original = outbox.reply(alice.id(), OutgoingMessage.text("v1"));
        dispatcher.drain();
        outbox.reply(alice.id(), new OutgoingMessage("v2", List.of(), null, original));
        dispatcher.drain();

        List<RecordingSender.Delivery> sent = console.all();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).editOf()).isNull();
        assertThat(sent.get(1).editOf()).isEqualTo(db.outbox.platformMessageId(original).orElseThrow());
    }

    @Test
    void aChannelWithoutSenderFailsItsMessages() {
        Chat zalo = db.chat("zalo", "z1", Chat.ChatKind.PRIVATE);
        long id = outbox.reply(zalo.id(), OutgoingMessage.text("x"));

        dispatcher.drain();

        assertThat(db.outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.FAILED);
        assertThat(db.outbox.find(id).orElseThrow().lastError()).contains("zalo");
    }

    @Test
    void answersGoBeforeRemindersAmongReadyMessages() {
        for (int i = 0; i < 60; i++) {
            outbox.send(bob.id(), MessageKind.REMINDER, OutgoingMessage.text("r" + i));
        }
        outbox.reply(alice.id(), OutgoingMessage.text("answer"));

        dispatcher.dispatchOnce();

        assertThat(console.delivered().get(0)).isEqualTo("answer");
    }
}
