package vn.doan.nhacviec.scheduler.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * The one way to send a message: it is stored first, then the dispatcher sends it under the
 * channel's limits (at once if it is due, so answers to a person go out without waiting for a poll).
 */
@Service
public class Outbox {

    private final OutboxRepository repository;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    public Outbox(OutboxRepository repository, OutboxDispatcher dispatcher, Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * Stores a message and wakes the dispatcher.
     *
     * @param dedupKey  null, or a key: a second message with the same key is not stored
     * @param priority  higher goes first among ready messages; see {@link MessageKind#defaultPriority()}
     * @param notBefore not sent before this instant
     * @return the outbox id (of the message already stored under {@code dedupKey}, if any)
     */
    public long enqueue(long chatId, MessageKind kind, OutgoingMessage payload, String dedupKey, int priority,
            Instant notBefore) {
        long id = repository.enqueue(chatId, kind, payload, dedupKey, priority, notBefore);
        wakeDispatcher();
        return id;
    }

    /** Sends as soon as possible with the kind's default priority. */
    public long send(long chatId, MessageKind kind, OutgoingMessage payload) {
        return enqueue(chatId, kind, payload, null, kind.defaultPriority(), clock.instant());
    }

    /** An answer to someone who is waiting for it. */
    public long reply(long chatId, OutgoingMessage payload) {
        return send(chatId, MessageKind.REPLY, payload);
    }

    /**
     * Stores many messages in JDBC batches (reminder planning); those whose dedup key is already
     * stored are skipped.
     *
     * @return how many were stored, as far as the driver reports it
     */
    public int enqueueAll(Collection<NewOutboxMessage> messages) {
        int stored = repository.enqueueAll(messages);
        wakeDispatcher();
        return stored;
    }

    /** At once, or inside a transaction once it is committed: woken earlier, the dispatcher would not see the message yet. */
    private void wakeDispatcher() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dispatcher.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.wake();
            }
        });
    }
}
