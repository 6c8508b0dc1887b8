package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** Telegram's default limits, checked on the instants the fake clock records (no real waiting). */
class OutboxRateLimitTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
    private OutboxTestDatabase db;
    private RecordingSender telegram;
    private OutboxDispatcher dispatcher;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        db = new OutboxTestDatabase(dir, clock);
        telegram = new RecordingSender("telegram", clock);
        dispatcher = db.dispatcher(TestOutboxProperties.of(null, null, null, 500, 1, null, null, false),
                new FakeSleeper(clock), telegram);
        outbox = db.outboxService(dispatcher);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void manyChatsShareTheChannelsOverallLimit() {
        for (int i = 0; i < 300; i++) {
            Chat chat = db.chat("telegram", "p" + i, Chat.ChatKind.PRIVATE);
            outbox.send(chat.id(), MessageKind.REMINDER, OutgoingMessage.text("m" + i));
        }

        dispatcher.drain();

        List<Instant> times = telegram.deliveryTimes();
        assertThat(times).hasSize(300);
        assertThat(maxInWindow(times, Duration.ofSeconds(1))).isLessThanOrEqualTo(33);
    }

    @Test
    void oneChatGetsAtMostOneMessageASecond() {
        Chat chat = db.chat("telegram", "p", Chat.ChatKind.PRIVATE);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            texts.add("m" + i);
            outbox.reply(chat.id(), OutgoingMessage.text("m" + i));
        }

        sendFor(Duration.ofSeconds(10));

        assertThat(telegram.deliveredTo(chat.id())).containsExactlyElementsOf(texts);
        List<Instant> times = telegram.deliveryTimesTo(chat.id());
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aGroupGetsAtMostAboutTwentyMessagesAMinute() {
        Chat group = db.chat("telegram", "-100", Chat.ChatKind.GROUP);
        for (int i = 0; i < 45; i++) {
            outbox.send(group.id(), MessageKind.NOTICE, OutgoingMessage.text("g" + i));
        }

        sendFor(Duration.ofMinutes(3));

        List<Instant> times = telegram.deliveryTimesTo(group.id());
        assertThat(times).hasSizeGreaterThanOrEqualTo(40);
        assertThat(maxInWindow(times, Duration.ofMinutes(1))).isLessThanOrEqualTo(22);
        assertThat(telegram.deliveredTo(group.id())).isSortedAccordingTo(
                (a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
    }

    @Test
    void aChatWaitingForItsLimitIsPutBackWithoutAnAttempt() {
        Chat chat = db.chat("telegram", "p", Chat.ChatKind.PRIVATE);
        outbox.reply(chat.id(), OutgoingMessage.text("first"));
        long second = outbox.reply(chat.id(), OutgoingMessage.text("second"));

        dispatcher.drain();

        assertThat(telegram.delivered()).containsExactly("first");
        assertThat(db.outbox.find(second).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
        assertThat(db.outbox.find(second).orElseThrow().attempts()).isZero();
        assertThat(db.outbox.find(second).orElseThrow().nextAttemptAt()).isAfter(clock.instant());
    }

    /** Lets the dispatcher work while the clock moves on in steps of 100 ms. */
    private void sendFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            dispatcher.drain();
            clock.advance(Duration.ofMillis(100));
        }
    }

    /** The most instants inside any half-open window of the given length. */
    private static int maxInWindow(List<Instant> times, Duration window) {
        List<Instant> sorted = times.stream().sorted().toList();
        int max = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plus(window).isAfter(sorted.get(end))) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }
}
