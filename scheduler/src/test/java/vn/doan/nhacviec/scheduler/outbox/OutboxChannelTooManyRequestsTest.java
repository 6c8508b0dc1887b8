package vn.doan.nhacviec.scheduler.outbox;

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
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.MutableClock;

/** A 429 about the whole bot pauses the channel; a lone chat's 429 holds that chat only (fake clock, no real waits). */
class OutboxChannelTooManyRequestsTest {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
    private OutboxTestDatabase db;
    private RecordingSender telegram;
    private RecordingSender zalo;
    private OutboxDispatcher dispatcher;
    private Outbox outbox;
    private final List<Chat> chats = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = new OutboxTestDatabase(dir, clock);
        telegram = new RecordingSender("telegram", clock);
        zalo = new RecordingSender("zalo", clock);
        dispatcher = db.dispatcher(OutboxProperties.defaults(), new FakeSleeper(clock), telegram, zalo);
        outbox = db.outboxService(dispatcher);
        for (int i = 0; i < 10; i++) {
            chats.add(db.chat("telegram", "p" + i, Chat.ChatKind.PRIVATE));
            outbox.send(chats.get(i).id(), MessageKind.REMINDER, OutgoingMessage.text("m" + i));
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void severalChatsRefusedAtOnceSlowTheWholeChannelForTheRetryAfter() {
        for (int i = 0; i < ChannelRateLimiter.CHATS_FOR_CHANNEL_WIDE; i++) {
            telegram.script("m" + i, new SendOutcome.RetryAfter(RETRY_AFTER));
        }
        Chat zaloChat = db.chat("zalo", "z", Chat.ChatKind.PRIVATE);
        outbox.send(zaloChat.id(), MessageKind.REMINDER, OutgoingMessage.text("z"));
        Instant start = clock.instant();

        dispatcher.drain();
        clock.advance(RETRY_AFTER.minusSeconds(1));
        dispatcher.drain();

        assertThat(telegram.delivered()).as("no Telegram chat gets anything while the channel waits").isEmpty();
        assertThat(telegram.attempts()).hasSize(ChannelRateLimiter.CHATS_FOR_CHANNEL_WIDE);
        assertThat(zalo.delivered()).as("another channel is not slowed").containsExactly("z");

        clock.advance(Duration.ofSeconds(1));
        dispatcher.drain();

        assertThat(telegram.delivered()).hasSize(10);
        assertThat(telegram.deliveryTimes()).allMatch(at -> !at.isBefore(start.plus(RETRY_AFTER)));
    }

    @Test
    void aChannelWide429PausesEveryChatAtOnce() {
        telegram.script("m0", new SendOutcome.RetryAfter(RETRY_AFTER, true));

        dispatcher.drain();

        assertThat(telegram.delivered()).isEmpty();
        assertThat(telegram.attempts()).hasSize(1);

        clock.advance(RETRY_AFTER);
        dispatcher.drain();
        assertThat(telegram.delivered()).hasSize(10);
    }

    @Test
    void aLoneChatsRefusalHoldsOnlyThatChat() {
        telegram.script("m0", new SendOutcome.RetryAfter(RETRY_AFTER));

        dispatcher.drain();

        assertThat(telegram.delivered()).hasSize(9).doesNotContain("m0");
        assertThat(telegram.deliveryTimes()).allMatch(at -> at.isBefore(clock.instant().plusSeconds(1)));

        clock.advance(RETRY_AFTER);
        dispatcher.drain();
        assertThat(telegram.deliveredTo(chats.get(0).id())).containsExactly("m0");
    }

    @Test
    void aFewRefusalsAmongManySendsStayTheChatsOwn() {
        // three chats refused in one second, but most of that second's sends went through: not the channel's limit
        telegram.script("m3", new SendOutcome.RetryAfter(RETRY_AFTER));
        telegram.script("m6", new SendOutcome.RetryAfter(RETRY_AFTER));
        telegram.script("m9", new SendOutcome.RetryAfter(RETRY_AFTER));

        dispatcher.drain();

        assertThat(telegram.delivered()).hasSize(7).doesNotContain("m3", "m6", "m9");
        assertThat(telegram.attempts()).hasSize(10);
    }
}
