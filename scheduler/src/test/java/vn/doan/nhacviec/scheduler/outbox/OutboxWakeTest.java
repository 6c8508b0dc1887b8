package vn.doan.nhacviec.scheduler.outbox;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The dispatcher is woken when a stored message can be seen: at once, or when the transaction that stored it commits. */
class OutboxWakeTest {

    @TempDir
    Path dir;
    OutboxTestDatabase db;
    OutboxDispatcher dispatcher = mock(OutboxDispatcher.class);
    Outbox outbox;
    TransactionTemplate transaction;
    Chat chat;

    @BeforeEach
    void open() {
        db = new OutboxTestDatabase(dir, new MutableClock(Instant.parse("2026-03-26T01:00:00Z"), ZoneOffset.UTC));
        outbox = db.outboxService(dispatcher);
        transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource));
        chat = db.chat("console", "bi-thu", Chat.ChatKind.PRIVATE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void outsideATransactionAtOnce() {
        outbox.reply(chat.id(), OutgoingMessage.text("Đã ghi nhận"));
        verify(dispatcher).wake();
    }

    @Test
    void insideATransactionOnlyOnceItIsCommitted() {
        transaction.executeWithoutResult(status -> {
            outbox.reply(chat.id(), OutgoingMessage.text("Đã ghi nhận"));
            // woken now, the dispatcher would find nothing and sleep until its next poll
            verify(dispatcher, never()).wake();
        });
        verify(dispatcher).wake();
    }

    @Test
    void notAtAllWhenTheTransactionRollsBack() {
        transaction.executeWithoutResult(status -> {
            outbox.reply(chat.id(), OutgoingMessage.text("Đã ghi nhận"));
            status.setRollbackOnly();
        });
        verify(dispatcher, never()).wake();
    }
}
