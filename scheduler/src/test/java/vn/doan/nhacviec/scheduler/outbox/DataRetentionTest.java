package vn.doan.nhacviec.scheduler.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.retention.RetentionRepository;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.scheduler.retention.DataRetention;
import vn.doan.nhacviec.scheduler.retention.RetentionProperties;

/** The daily run goes batch after batch until nothing old is left, at the configured age. */
class DataRetentionTest {

    @TempDir
    Path dir;

    @Test
    void deletesEverySentRowOlderThanTheAgeBatchAfterBatch() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T03:00:00Z"));
        try (OutboxTestDatabase db = new OutboxTestDatabase(dir, clock)) {
            Chat chat = db.chat("console", "c", Chat.ChatKind.PRIVATE);
            for (int i = 0; i < 5; i++) {
                db.outbox.enqueue(chat.id(), MessageKind.REPLY, OutgoingMessage.text("old " + i), null, 40, clock.instant());
            }
            db.dispatcher(OutboxProperties.defaults(), new FakeSleeper(clock), new RecordingSender("console", clock)).drain();
            clock.advance(Duration.ofDays(31));
            db.outbox.enqueue(chat.id(), MessageKind.REPLY, OutgoingMessage.text("new"), null, 40, clock.instant());
            db.dispatcher(OutboxProperties.defaults(), new FakeSleeper(clock), new RecordingSender("console", clock)).drain();
            RetentionRepository repository = new RetentionRepository(new JdbcTemplate(db.dataSource),
                    new TransactionTemplate(new JdbcTransactionManager(db.dataSource)));
            RetentionProperties properties = new RetentionProperties(true, "0 15 3 * * ?", Duration.ofDays(30), null, null, 2);

            DataRetention.Deleted deleted = new DataRetention(repository, properties).runAt(clock.instant());

            assertThat(deleted.outbox()).isEqualTo(5);
            assertThat(deleted.audit()).as("the audit log is kept unless an age is set").isZero();
            assertThat(db.outbox.countByState().get(OutboxState.SENT)).isEqualTo(1);
        }
    }

    @Test
    void defaults() {
        RetentionProperties defaults = new org.springframework.boot.context.properties.bind.Binder()
                .bindOrCreate("nhacviec.retention", RetentionProperties.class);
        assertThat(defaults.sentAge()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.auditAge()).isNull();
        assertThat(defaults.batchSize()).isEqualTo(500);
    }
}
