package vn.doan.nhacviec.scheduler.outbox;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.scheduler.TestDatabases;
import vn.doan.nhacviec.data.outbox.OutboxRepository;

/**
 * One SQLite database in a temporary directory, with the repositories over it. Opening it again on
 * the same directory gives a second "instance" sharing the database.
 */
final class OutboxTestDatabase implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcClient jdbc;
    final OutboxRepository outbox;
    final ChatRepository chats;
    final List<Object> events = new ArrayList<>();
    final ApplicationEventPublisher publisher = event -> {
        synchronized (events) {
            events.add(event);
        }
    };
    private final Clock clock;

    OutboxTestDatabase(Path dir, Clock clock) {
        this.clock = clock;
        this.dataSource = TestDatabases.open(dir);
        this.jdbc = JdbcClient.create(dataSource);
        this.outbox = new OutboxRepository(new JdbcTemplate(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), clock);
        this.chats = new ChatRepository(jdbc, clock);
    }

    Chat chat(String channel, String ref, Chat.ChatKind kind) {
        return chats.findOrCreate(channel, ref, kind, null, "vi");
    }

    OutboxDispatcher dispatcher(OutboxProperties properties, Sleeper sleeper, MessageSender... senders) {
        return new OutboxDispatcher(outbox, chats, List.of(senders), properties, clock, sleeper, publisher);
    }

    Outbox outboxService(OutboxDispatcher dispatcher) {
        return new Outbox(outbox, dispatcher, clock);
    }

    List<Object> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
