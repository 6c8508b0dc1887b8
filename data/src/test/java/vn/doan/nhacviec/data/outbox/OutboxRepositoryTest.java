package vn.doan.nhacviec.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.TestDatabase;

class OutboxRepositoryTest {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), java.time.ZoneOffset.UTC);
    private HikariDataSource dataSource;
    private OutboxRepository outbox;
    private long chatId;

    @BeforeEach
    void open() {
        dataSource = TestDatabase.dataSource(dir);
        outbox = new OutboxRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), clock);
        ChatRepository chats = new ChatRepository(JdbcClient.create(dataSource), clock);
        chatId = chats.findOrCreate("telegram", "100", Chat.ChatKind.PRIVATE, null, "vi").id();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void storesAndReadsBackAMessage() {
        OutgoingMessage message = OutgoingMessage.text("Xin chào")
                .withChoices(List.of(new OutgoingMessage.Choice("Xong", "done:1")));

        long id = outbox.enqueue(chatId, MessageKind.REPLY, message, null, 40, clock.instant());

        OutboxEntry entry = outbox.find(id).orElseThrow();
        assertThat(entry.payload()).isEqualTo(message);
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.kind()).isEqualTo(MessageKind.REPLY);
        assertThat(entry.nextAttemptAt()).isEqualTo(clock.instant());
    }

    @Test
    void aMessageTheSenderChoseToSendAtAnyHourKeepsThatChoiceAlsoInBatches() {
        long single = outbox.enqueue(new NewOutboxMessage(chatId, MessageKind.NOTICE, OutgoingMessage.text("khẩn"), null, 10,
                clock.instant(), true));
        outbox.enqueueAll(List.of(new NewOutboxMessage(chatId, MessageKind.NOTICE, OutgoingMessage.text("khẩn 2"), "n2", 10,
                clock.instant(), true), new NewOutboxMessage(chatId, MessageKind.NOTICE, OutgoingMessage.text("thường"), "n3", 10,
                clock.instant())));
        long plain = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("nhắc"), null, 0, clock.instant());

        assertThat(outbox.find(single).orElseThrow().anyHour()).isTrue();
        assertThat(outbox.find(outbox.idsByDedupKey(List.of("n2")).get("n2")).orElseThrow().keepsToWindow()).isFalse();
        assertThat(outbox.find(outbox.idsByDedupKey(List.of("n3")).get("n3")).orElseThrow().keepsToWindow()).isTrue();
        assertThat(outbox.find(plain).orElseThrow().anyHour()).isFalse();
        long reply = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("trả lời"), null, 40, clock.instant());
        assertThat(outbox.find(reply).orElseThrow().keepsToWindow()).isFalse();
    }

    @Test
    void theRecipientsZoneIsTheOneOfTheUnitBoundToTheChat() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ChatRepository chats = new ChatRepository(jdbc, clock);
        long group = chats.findOrCreate("telegram", "-200", Chat.ChatKind.GROUP, "nhóm", "vi").id();
        jdbc.sql("INSERT INTO unit (code, name, level, path, time_zone, created_at) VALUES ('m', 'M', 'CHI_DOAN', '/', 'Europe/Moscow', 0)")
                .update();
        chats.bind(group, jdbc.sql("SELECT id FROM unit WHERE code = 'm'").query(Long.class).single());

        assertThat(outbox.recipientZones(List.of(chatId, group)))
                .containsExactly(java.util.Map.entry(group, java.time.ZoneId.of("Europe/Moscow")));
    }

    @Test
    void aSecondEnqueueWithTheSameKeyReturnsTheFirstRow() {
        long first = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("a"), "k1", 0, clock.instant());
        long second = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("b"), "k1", 0, clock.instant());
        long other = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("c"), "k2", 0, clock.instant());

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(outbox.find(first).orElseThrow().payload().text()).isEqualTo("a");
        assertThat(outbox.countByState().get(OutboxState.PENDING)).isEqualTo(2);
    }

    @Test
    void batchEnqueueSkipsDuplicateKeys() {
        outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("old"), "r:2", 0, clock.instant());
        List<NewOutboxMessage> batch = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            batch.add(new NewOutboxMessage(chatId, MessageKind.REMINDER, OutgoingMessage.text("m" + i),
                    i % 2 == 0 ? "r:" + i : null, 0, clock.instant()));
        }

        int stored = outbox.enqueueAll(batch);

        assertThat(stored).isEqualTo(2499);
        assertThat(outbox.countByState().get(OutboxState.PENDING)).isEqualTo(2500);
    }

    @Test
    void claimTakesDueRowsByPriorityThenAge() {
        long reminder = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("r"), null, 0, clock.instant());
        long reply = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("a"), null, 40, clock.instant());
        long later = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("l"), null, 0,
                clock.instant().plusSeconds(60));
        long reminder2 = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("r2"), null, 0, clock.instant());

        List<OutboxEntry> claimed = outbox.claim("a", 10, LEASE);

        assertThat(claimed).extracting(OutboxEntry::id).containsExactly(reply, reminder, reminder2);
        assertThat(claimed).allMatch(e -> e.state() == OutboxState.SENDING);
        assertThat(outbox.claim("a", 10, LEASE)).as("earlier claims are not returned again").isEmpty();

        clock.advance(Duration.ofSeconds(60));
        assertThat(outbox.claim("b", 10, LEASE)).extracting(OutboxEntry::id).containsExactly(later);
    }

    @Test
    void amongEqualPrioritiesTheRowDueFirstIsClaimedFirst() {
        long dueLater = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("a"), null, 0,
                clock.instant().plusSeconds(10));
        long dueEarlier = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("b"), null, 0,
                clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(10));

        assertThat(outbox.claim("a", 10, LEASE)).extracting(OutboxEntry::id).containsExactly(dueEarlier, dueLater);
    }

    @Test
    void claimRespectsTheLimitAndNeverGivesARowToTwoInstances() {
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("m" + i), null, 0, clock.instant());
        }

        List<OutboxEntry> a = outbox.claim("a", 3, LEASE);
        List<OutboxEntry> b = outbox.claim("b", 3, LEASE);

        assertThat(a).hasSize(3);
        assertThat(b).hasSize(2);
        assertThat(a).extracting(OutboxEntry::id).doesNotContainAnyElementsOf(b.stream().map(OutboxEntry::id).toList());
    }

    @Test
    void anExpiredClaimIsTakenAgain() {
        long id = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("m"), null, 0, clock.instant());
        assertThat(outbox.claim("dead", 10, LEASE)).hasSize(1);

        clock.advance(LEASE);
        assertThat(outbox.claim("new", 10, LEASE)).as("lease not yet over").isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(outbox.claim("new", 10, LEASE)).extracting(OutboxEntry::id).containsExactly(id);
    }

    @Test
    void outcomesMoveTheRowOn() {
        long sent = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("s"), null, 0, clock.instant());
        long retried = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("r"), null, 0, clock.instant());
        long released = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("l"), null, 0, clock.instant());
        long failed = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("f"), null, 0, clock.instant());
        outbox.claim("a", 10, LEASE);

        Instant next = clock.instant().plusSeconds(30);
        outbox.markSent(sent, "m-1");
        outbox.reschedule(retried, next, "HTTP 502", true);
        outbox.release(released, next);
        outbox.markFailed(failed, "HTTP 400", true);

        assertThat(outbox.platformMessageId(sent)).contains("m-1");
        assertThat(outbox.platformMessageId(retried)).isEmpty();
        OutboxEntry r = outbox.find(retried).orElseThrow();
        assertThat(r.state()).isEqualTo(OutboxState.PENDING);
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.lastError()).isEqualTo("HTTP 502");
        assertThat(r.nextAttemptAt()).isEqualTo(next);
        OutboxEntry l = outbox.find(released).orElseThrow();
        assertThat(l.attempts()).isZero();
        assertThat(l.nextAttemptAt()).isEqualTo(next);
        assertThat(outbox.listFailed(10)).extracting(OutboxEntry::id).containsExactly(failed);
        assertThat(outbox.listFailed(10).get(0).lastError()).isEqualTo("HTTP 400");
        assertThat(outbox.nextDueAt()).contains(next);
        assertThat(outbox.countByState()).containsEntry(OutboxState.SENT, 1L).containsEntry(OutboxState.PENDING, 2L)
                .containsEntry(OutboxState.FAILED, 1L).containsEntry(OutboxState.SENDING, 0L);
    }

    @Test
    void applyAllStoresABatchOfOutcomes() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("m" + i), null, 0, clock.instant()));
        }
        outbox.claim("a", 10, LEASE);
        Instant next = clock.instant().plusSeconds(5);

        outbox.applyAll(List.of(
                new OutboxStatusChange.Sent(ids.get(0), "7"),
                new OutboxStatusChange.Rescheduled(ids.get(1), next, "x".repeat(900), false),
                new OutboxStatusChange.Released(ids.get(2), next),
                new OutboxStatusChange.Failed(ids.get(3), "blocked", true)));

        assertThat(outbox.platformMessageId(ids.get(0))).contains("7");
        assertThat(outbox.find(ids.get(1)).orElseThrow().lastError()).hasSize(500);
        assertThat(outbox.find(ids.get(1)).orElseThrow().attempts()).isZero();
        assertThat(outbox.find(ids.get(2)).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
        assertThat(outbox.find(ids.get(3)).orElseThrow().attempts()).isEqualTo(1);
        assertThat(outbox.nextDueAt()).contains(next);
    }

    @Test
    void oldSentRowsCanBeDeleted() {
        long sent = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("s"), null, 0, clock.instant());
        long pending = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("p"), null, 0,
                clock.instant().plusSeconds(3600));
        outbox.claim("a", 10, LEASE);
        outbox.markSent(sent, "1");
        clock.advance(Duration.ofDays(31));

        assertThat(outbox.deleteSentBefore(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);

        assertThat(outbox.find(sent)).isEmpty();
        assertThat(outbox.find(pending)).isPresent();
    }

    @Test
    void aSentInviteCodeIsMaskedInTheStoredPayloadWhereverItAppears() {
        String code = "K7QX2M9P";
        OutgoingMessage invite = new OutgoingMessage("Mã mời: " + CodeSpan.of(code) + "\nTelegram: https://t.me/bot?start=" + code
                + "\nGửi «/ma " + CodeSpan.of(code) + "»", List.of(new OutgoingMessage.Choice("Mở", "start:" + code)), null, null);
        long sent = outbox.enqueue(chatId, MessageKind.REPLY, invite, null, 0, clock.instant());
        long waiting = outbox.enqueue(chatId, MessageKind.REPLY, invite, null, 0, clock.instant().plusSeconds(60));
        long plain = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("không có mã"), null, 0, clock.instant());
        outbox.claim("a", 10, LEASE);

        outbox.applyAll(List.of(new OutboxStatusChange.Sent(sent, "1"), new OutboxStatusChange.Sent(plain, "2")));

        String stored = stored(sent);
        assertThat(stored).doesNotContain(code).contains(CodeSpan.MASK);
        assertThat(outbox.find(sent).orElseThrow().payload().choices().get(0).data()).isEqualTo("start:" + CodeSpan.MASK);
        assertThat(stored(waiting)).as("not sent yet: the sender still needs the code").contains(code);
        assertThat(outbox.find(plain).orElseThrow().payload().text()).isEqualTo("không có mã");
    }

    private String stored(long id) {
        return JdbcClient.create(dataSource).sql("SELECT payload FROM outbox_message WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void aRowPutBackIsClaimedAgainWhenDue() {
        long id = outbox.enqueue(chatId, MessageKind.REMINDER, OutgoingMessage.text("m"), null, 0, clock.instant());
        outbox.claim("a", 10, LEASE);
        outbox.release(id, clock.instant().plusSeconds(1));

        assertThat(outbox.claim("a", 10, LEASE)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(outbox.claim("b", 10, LEASE)).extracting(OutboxEntry::id).containsExactly(id);
    }

    @Test
    void nothingPendingMeansNoDueTime() {
        assertThat(outbox.nextDueAt()).isEmpty();
    }
}
