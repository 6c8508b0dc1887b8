package vn.doan.nhacviec.scheduler.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;

/**
 * At send time, a proactive message waits for the recipient's sending window (07:30–20:30 local,
 * not on quiet days): a queue that runs late, or an outage, never delivers it at night.
 */
class OutboxSendingHoursTest {

    @TempDir
    Path dir;

    // 20:45 in Vietnam on Thursday 26/03/2026: the window closed a quarter of an hour ago
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T13:45:00Z"), ZoneOffset.UTC);
    private OutboxTestDatabase db;
    private RecordingSender console;
    private OutboxDispatcher dispatcher;
    private Outbox outbox;
    private Chat group;
    private Chat tokyoGroup;
    private Chat person;

    @BeforeEach
    void setUp() {
        db = new OutboxTestDatabase(dir, clock);
        console = new RecordingSender("console", clock);
        dispatcher = db.dispatcher(OutboxProperties.defaults(), new FakeSleeper(clock), console);
        outbox = db.outboxService(dispatcher);
        group = db.chat("console", "g-branch", Chat.ChatKind.GROUP);
        tokyoGroup = db.chat("console", "g-tokyo", Chat.ChatKind.GROUP);
        person = db.chat("console", "alice", Chat.ChatKind.PRIVATE);
        db.chats.bind(group.id(), unit("branch", "Asia/Ho_Chi_Minh"));
        db.chats.bind(tokyoGroup.id(), unit("tokyo", "Asia/Tokyo"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aReminderStillQueuedAfterTheWindowClosedWaitsForTheMorningWhileRepliesGoAtOnce() {
        // queued at 20:00, due then, but the dispatcher gets to it only at 20:45 (an outage)
        long reminder = outbox.enqueue(group.id(), MessageKind.REMINDER, OutgoingMessage.text("nhắc việc"), null, 0,
                Instant.parse("2026-03-26T13:00:00Z"));
        long escalation = outbox.send(person.id(), MessageKind.ESCALATION, OutgoingMessage.text("báo cáo trễ hạn"));
        long reply = outbox.reply(person.id(), OutgoingMessage.text("đã ghi nhận"));

        dispatcher.drain();

        assertThat(console.delivered()).containsExactly("đã ghi nhận");
        assertThat(db.outbox.find(reply).orElseThrow().state()).isEqualTo(OutboxState.SENT);
        // 07:30 on Friday in Vietnam, for the group bound to a Vietnamese unit and for a private chat (the default zone)
        assertThat(db.outbox.find(reminder).orElseThrow()).satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-27T00:30:00Z"));
            assertThat(e.attempts()).isZero();
        });
        assertThat(db.outbox.find(escalation).orElseThrow().nextAttemptAt()).isEqualTo(Instant.parse("2026-03-27T00:30:00Z"));

        clock.set(Instant.parse("2026-03-27T00:29:00Z"));
        dispatcher.drain();
        assertThat(console.delivered()).containsExactly("đã ghi nhận");
        clock.set(Instant.parse("2026-03-27T00:30:00Z"));
        dispatcher.drain();
        assertThat(console.delivered()).containsExactlyInAnyOrder("đã ghi nhận", "nhắc việc", "báo cáo trễ hạn");
    }

    @Test
    void theWindowIsTheOneOfTheUnitBoundToTheChat() {
        // 06:45 in Vietnam is 08:45 in Tokyo
        clock.set(Instant.parse("2026-03-26T23:45:00Z"));
        outbox.send(group.id(), MessageKind.NOTICE, OutgoingMessage.text("cho Việt Nam"));
        outbox.send(tokyoGroup.id(), MessageKind.NOTICE, OutgoingMessage.text("cho Tokyo"));

        dispatcher.drain();

        assertThat(console.delivered()).containsExactly("cho Tokyo");
    }

    @Test
    void whatTheSenderChoseToSendAtAnyHourGoesAtOnce() {
        db.outbox.enqueue(new NewOutboxMessage(group.id(), MessageKind.NOTICE, OutgoingMessage.text("khẩn"), null,
                MessageKind.NOTICE.defaultPriority(), clock.instant(), true));
        outbox.send(group.id(), MessageKind.NOTICE, OutgoingMessage.text("thường"));

        dispatcher.drain();

        assertThat(console.delivered()).containsExactly("khẩn");
    }

    @Test
    void nothingGoesOutOnAQuietDayAndItWaitsForTheNextWorkingDay() {
        ReminderSettings holidays = new ReminderSettings(new ReminderProperties(null, null, null, null, null,
                List.of("04-30", "05-01"), null, null, null));
        OutboxDispatcher onHolidays = new OutboxDispatcher(db.outbox, db.chats, List.of(console), OutboxProperties.defaults(), clock,
                new FakeSleeper(clock), db.publisher, holidays);
        // 10:00 on 30/04
        clock.set(Instant.parse("2026-04-30T03:00:00Z"));
        long id = db.outbox.enqueue(group.id(), MessageKind.REMINDER, OutgoingMessage.text("ngày lễ"), null, 0, clock.instant());

        onHolidays.drain();

        assertThat(console.delivered()).isEmpty();
        assertThat(db.outbox.find(id).orElseThrow().nextAttemptAt()).isEqualTo(Instant.parse("2026-05-02T00:30:00Z"));
    }

    private long unit(String code, String zone) {
        db.jdbc.sql("INSERT INTO unit (code, name, level, path, time_zone, created_at) VALUES (?, ?, 'CHI_DOAN', '/', ?, 0)")
                .params(code, code, zone).update();
        return db.jdbc.sql("SELECT id FROM unit WHERE code = ?").param(code).query(Long.class).single();
    }
}
