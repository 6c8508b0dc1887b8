package vn.doan.nhacviec.scheduler.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxStatusChange;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.scheduler.workers.Worker;
import vn.doan.nhacviec.scheduler.workers.WorkerState;

/**
 * Sends what the outbox holds. A loop claims batches of ready rows (several instances may share
 * the database: a row is claimed by one of them at a time), queues them per chat and lets a small
 * pool of threads send them under each channel's rate limits; outcomes are written back in batches.
 * One chat is served by one thread at a time, oldest message first, so a chat's messages go out in
 * order. It claims again while earlier rows are still being sent, keeping at most two batches in
 * hand. Just before a send, a proactive message (not a reply) whose recipient's sending window is
 * closed goes back to pending until the window opens ({@link SendingHours}).
 *
 * <p>Without threads, {@link #dispatchOnce()} and {@link #drain()} do the same work on the calling
 * thread (tests); do not mix them with a started dispatcher.
 */
@Component
public class OutboxDispatcher implements SmartLifecycle, Worker {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final long MIN_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final OutboxRepository outbox;
    private final ChatRepository chats;
    private final OutboxProperties properties;
    private final Clock clock;
    private final RateLimits rateLimits;
    private final RetryPolicy retryPolicy;
    private final ChatHolds holds = new ChatHolds();
    private final ChatDelivery delivery;
    private final SendingHours hours;
    private final String instanceId = UUID.randomUUID().toString();

    /** Chats being served by a sender thread; guarded by itself. */
    private final Map<Long, ChatQueue> activeChats = new HashMap<>();
    private final ConcurrentLinkedQueue<OutboxStatusChange> changes = new ConcurrentLinkedQueue<>();
    /** Outcomes taken from {@link #changes} but not yet stored; loop thread only. */
    private final List<OutboxStatusChange> unflushed = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile Thread loopThread;
    private volatile ThreadPoolExecutor senderPool;
    /** An error a sender thread met that leaves the JVM in doubt; the loop ends on it (see {@link #restart()}). */
    private final AtomicReference<VirtualMachineError> fatal = new AtomicReference<>();

    /** With the default sending window (tests that build a dispatcher by hand). */
    public OutboxDispatcher(OutboxRepository outbox, ChatRepository chats, List<MessageSender> senders,
            OutboxProperties properties, Clock clock, Sleeper sleeper, ApplicationEventPublisher events) {
        this(outbox, chats, senders, properties, clock, sleeper, events, ReminderSettings.defaults());
    }

    /** @param settings the configured sending window; the default one where reminders are not configured */
    public OutboxDispatcher(OutboxRepository outbox, ChatRepository chats, List<MessageSender> senders,
            OutboxProperties properties, Clock clock, Sleeper sleeper, ApplicationEventPublisher events,
            ObjectProvider<ReminderSettings> settings) {
        this(outbox, chats, senders, properties, clock, sleeper, events, settings.getIfAvailable(ReminderSettings::defaults),
                new SimpleMeterRegistry());
    }

    /** @param meters where sends, 429s and failures per channel are counted */
    @Autowired
    public OutboxDispatcher(OutboxRepository outbox, ChatRepository chats, List<MessageSender> senders,
            OutboxProperties properties, Clock clock, Sleeper sleeper, ApplicationEventPublisher events,
            ObjectProvider<ReminderSettings> settings, ObjectProvider<MeterRegistry> meters) {
        this(outbox, chats, senders, properties, clock, sleeper, events, settings.getIfAvailable(ReminderSettings::defaults),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    public OutboxDispatcher(OutboxRepository outbox, ChatRepository chats, List<MessageSender> senders,
            OutboxProperties properties, Clock clock, Sleeper sleeper, ApplicationEventPublisher events,
            ReminderSettings settings) {
        this(outbox, chats, senders, properties, clock, sleeper, events, settings, new SimpleMeterRegistry());
    }

    public OutboxDispatcher(OutboxRepository outbox, ChatRepository chats, List<MessageSender> senders,
            OutboxProperties properties, Clock clock, Sleeper sleeper, ApplicationEventPublisher events,
            ReminderSettings settings, MeterRegistry meters) {
        this.hours = new SendingHours(settings.calendar());
        this.outbox = outbox;
        this.chats = chats;
        this.properties = properties;
        this.clock = clock;
        this.rateLimits = new RateLimits(properties, clock, sleeper);
        this.retryPolicy = new RetryPolicy(properties.retry());
        Map<String, MessageSender> byChannel = senders.stream()
                .collect(Collectors.toUnmodifiableMap(MessageSender::channel, Function.identity()));
        this.delivery = new ChatDelivery(byChannel, rateLimits, retryPolicy, holds, outbox, chats, events, clock,
                new DeliveryMetrics(meters));
    }

    /** Random per process; claims carry it. */
    public String instanceId() {
        return instanceId;
    }

    /** Looks for work now rather than at the next poll (called after enqueueing). */
    public void wake() {
        wakeRequested.set(true);
        Thread loop = loopThread;
        if (loop != null) {
            LockSupport.unpark(loop);
        }
    }

    /**
     * Claims one batch and sends it on the calling thread.
     *
     * @return the number of rows claimed; 0 when nothing was ready
     */
    public int dispatchOnce() {
        List<OutboxEntry> claimed = outbox.claim(instanceId, properties.batchSize(), properties.lease());
        if (claimed.isEmpty()) {
            return 0;
        }
        List<OutboxStatusChange> done = new ArrayList<>(claimed.size());
        for (ChatQueue queue : queuesOf(claimed)) {
            for (OutboxEntry entry = queue.poll(); entry != null; entry = queue.poll()) {
                done.add(deliverOrPutBack(queue, entry));
            }
        }
        outbox.applyAll(done);
        return claimed.size();
    }

    /**
     * Sends batches on the calling thread until nothing is ready.
     *
     * @return the number of rows claimed in all
     */
    public int drain() {
        int total = 0;
        for (int claimed = dispatchOnce(); claimed > 0 && !Thread.currentThread().isInterrupted();
                claimed = dispatchOnce()) {
            total += claimed;
        }
        return total;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        startThreads();
    }

    private void startThreads() {
        int threads = properties.senderThreads();
        senderPool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(),
                named("outbox-sender-"));
        stopping = false;
        running = true;
        Thread loop = new Thread(this::loop, "outbox-dispatcher");
        loop.setDaemon(true);
        loopThread = loop;
        loop.start();
        log.info("Outbox dispatcher {} started with {} sender threads", instanceId, threads);
    }

    /** Stops claiming, puts back what was not sent yet, lets running sends finish and stores their outcomes. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Thread loop = loopThread;
        LockSupport.unpark(loop);
        if (!loop.isAlive()) {
            // the loop died (see restart): nobody else stops its senders
            senderPool.shutdownNow();
        }
        try {
            loop.join(properties.lease().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loopThread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String name() {
        return "outbox-dispatcher";
    }

    @Override
    public WorkerState state() {
        if (!running) {
            return WorkerState.OFF;
        }
        Thread loop = loopThread;
        return loop != null && loop.isAlive() ? WorkerState.UP : WorkerState.DOWN;
    }

    /**
     * Starts the loop and the sender threads again after the loop died. The rows the dead threads
     * still held in memory go back to pending; a row whose send was under way when its thread died
     * is claimed again once its lease ends.
     */
    @Override
    public synchronized void restart() {
        if (state() != WorkerState.DOWN) {
            return;
        }
        senderPool.shutdownNow();
        synchronized (activeChats) {
            Instant now = clock.instant();
            for (ChatQueue queue : activeChats.values()) {
                for (OutboxEntry entry = queue.poll(); entry != null; entry = queue.poll()) {
                    changes.add(new OutboxStatusChange.Released(entry.id(), now));
                    inFlight.decrementAndGet();
                }
            }
            activeChats.clear();
        }
        fatal.set(null);
        startThreads();
    }

    @Override
    public boolean isAutoStartup() {
        return properties.autoStart();
    }

    private void loop() {
        int batchSize = properties.batchSize();
        Instant lastSweep = clock.instant();
        while (running) {
            VirtualMachineError error = fatal.get();
            if (error != null) {
                log.error("Outbox dispatcher {} stopped by {}; the supervisor starts it again", instanceId, error.toString());
                throw error;
            }
            try {
                flush();
                int room = maxInFlight() - inFlight.get();
                boolean woken = wakeRequested.getAndSet(false);
                if (room >= batchSize || (woken && room > 0)) {
                    int wanted = Math.min(room, batchSize);
                    if (claimAndQueue(wanted) == wanted) {
                        continue;
                    }
                }
                Instant now = clock.instant();
                if (Duration.between(lastSweep, now).compareTo(SWEEP_EVERY) >= 0) {
                    rateLimits.forgetIdleChats();
                    holds.forgetEnded(now);
                    lastSweep = now;
                }
                if (!wakeRequested.get()) {
                    LockSupport.parkNanos(this, parkNanos());
                }
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                // one round of claiming or storing outcomes failed (the database, a bug): the next round tries again
                log.warn("Outbox dispatch failed, trying again: {}", e.toString(), e);
                LockSupport.parkNanos(this, properties.idlePoll().toNanos());
            }
        }
        finishInFlight();
    }

    private int maxInFlight() {
        return 2 * properties.batchSize();
    }

    private int claimAndQueue(int wanted) {
        List<OutboxEntry> claimed = outbox.claim(instanceId, wanted, properties.lease());
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, List<OutboxEntry>> byChat = groupByChat(claimed);
        Map<Long, Chat> chatsById = loadChats(byChat.keySet());
        Map<Long, ZoneId> zones = outbox.recipientZones(byChat.keySet());
        inFlight.addAndGet(claimed.size());
        synchronized (activeChats) {
            byChat.forEach((chatId, entries) -> {
                ChatQueue serving = activeChats.get(chatId);
                if (serving != null) {
                    serving.addAll(entries);
                } else {
                    ChatQueue queue = new ChatQueue(chatId, chatsById.get(chatId), zones.get(chatId), entries);
                    activeChats.put(chatId, queue);
                    senderPool.execute(new ChatTask(queue));
                }
            });
        }
        return claimed.size();
    }

    /** Runs on a sender thread until the chat's queue is empty. */
    private final class ChatTask implements Runnable, Comparable<ChatTask> {

        private final ChatQueue queue;

        ChatTask(ChatQueue queue) {
            this.queue = queue;
        }

        @Override
        public void run() {
            while (true) {
                OutboxEntry entry;
                synchronized (activeChats) {
                    entry = queue.poll();
                    if (entry == null) {
                        // only this queue: after a restart, the chat may be served by a new one
                        activeChats.remove(queue.chatId(), queue);
                        return;
                    }
                }
                try {
                    changes.add(stopping ? new OutboxStatusChange.Released(entry.id(), clock.instant())
                            : deliverOrPutBack(queue, entry));
                } catch (VirtualMachineError e) {
                    // the JVM is in doubt (out of memory, stack overflow): put the row back and end the loop
                    changes.add(new OutboxStatusChange.Released(entry.id(), clock.instant()));
                    inFlight.decrementAndGet();
                    fatal.compareAndSet(null, e);
                    LockSupport.unpark(loopThread);
                    throw e;
                }
                int left = inFlight.decrementAndGet();
                if (left == 0 || left == maxInFlight() - properties.batchSize()) {
                    LockSupport.unpark(loopThread);
                }
            }
        }

        @Override
        public int compareTo(ChatTask other) {
            return queue.compareTo(other.queue);
        }
    }

    private OutboxStatusChange deliverOrPutBack(ChatQueue queue, OutboxEntry entry) {
        Optional<Instant> held = hours.heldUntil(entry, queue.zone(), clock.instant());
        if (held.isPresent()) {
            return new OutboxStatusChange.Released(entry.id(), held.get());
        }
        try {
            return delivery.deliver(queue, entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new OutboxStatusChange.Released(entry.id(), clock.instant());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // one message is one unit of work: whatever it throws counts as a failed attempt
            log.warn("Delivering outbox row {} failed: {}", entry.id(), e.toString(), e);
            int failed = entry.attempts() + 1;
            return retryPolicy.exhausted(failed)
                    ? new OutboxStatusChange.Failed(entry.id(), e.toString(), true)
                    : new OutboxStatusChange.Rescheduled(entry.id(), clock.instant().plus(retryPolicy.delayAfter(failed)),
                            e.toString(), true);
        }
    }

    private void flush() {
        for (OutboxStatusChange change = changes.poll(); change != null; change = changes.poll()) {
            unflushed.add(change);
        }
        if (!unflushed.isEmpty()) {
            outbox.applyAll(unflushed);
            unflushed.clear();
        }
    }

    private long parkNanos() {
        if (inFlight.get() > 0 || !changes.isEmpty()) {
            return properties.flushInterval().toNanos();
        }
        Duration idle = properties.idlePoll();
        Instant now = clock.instant();
        Duration wait = outbox.nextDueAt().map(next -> Duration.between(now, next))
                .filter(untilDue -> untilDue.compareTo(idle) < 0)
                .orElse(idle);
        return Math.max(MIN_PARK_NANOS, wait.toNanos());
    }

    private void finishInFlight() {
        stopping = true;
        ThreadPoolExecutor pool = senderPool;
        pool.shutdown();
        long deadline = System.nanoTime() + properties.lease().toNanos();
        try {
            while (!pool.awaitTermination(properties.flushInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                flushQuietly();
                if (System.nanoTime() > deadline) {
                    pool.shutdownNow();
                    break;
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        flushQuietly();
        log.info("Outbox dispatcher {} stopped", instanceId);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not store outbox outcomes; the rows will be sent again after their lease: {}", e.toString());
        }
    }

    private List<ChatQueue> queuesOf(List<OutboxEntry> claimed) {
        Map<Long, List<OutboxEntry>> byChat = groupByChat(claimed);
        Map<Long, Chat> chatsById = loadChats(byChat.keySet());
        Map<Long, ZoneId> zones = outbox.recipientZones(byChat.keySet());
        List<ChatQueue> queues = new ArrayList<>(byChat.size());
        byChat.forEach((chatId, entries) -> queues.add(new ChatQueue(chatId, chatsById.get(chatId), zones.get(chatId), entries)));
        return queues;
    }

    /** Grouped per chat, chats in claim order (most urgent first). */
    private static Map<Long, List<OutboxEntry>> groupByChat(List<OutboxEntry> claimed) {
        return claimed.stream().collect(Collectors.groupingBy(OutboxEntry::chatId, LinkedHashMap::new,
                Collectors.toList()));
    }

    private Map<Long, Chat> loadChats(Collection<Long> ids) {
        return chats.findAllById(ids).stream().collect(Collectors.toMap(Chat::id, Function.identity()));
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
