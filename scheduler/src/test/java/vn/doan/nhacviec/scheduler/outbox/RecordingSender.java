package vn.doan.nhacviec.scheduler.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * A fake channel: records what it is asked to send and answers with scripted outcomes per message
 * text (then {@link SendOutcome.Sent}), or with a scripted outcome for every message to a chat.
 */
final class RecordingSender implements MessageSender {

    record Delivery(long chatId, String text, String editOf, Instant at, SendOutcome outcome) {
    }

    private final String channel;
    private final Clock clock;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, Deque<SendOutcome>> scriptByText = new ConcurrentHashMap<>();
    private final Map<Long, SendOutcome> alwaysByChat = new ConcurrentHashMap<>();
    private final AtomicLong platformIds = new AtomicLong(1000);
    private volatile BiConsumer<Chat, OutgoingMessage> onSend = (chat, message) -> { };

    RecordingSender(String channel, Clock clock) {
        this.channel = channel;
        this.clock = clock;
    }

    /** The next sends of a message with this text answer these outcomes, in order. */
    RecordingSender script(String text, SendOutcome... outcomes) {
        scriptByText.computeIfAbsent(text, t -> new ArrayDeque<>()).addAll(List.of(outcomes));
        return this;
    }

    RecordingSender always(long chatId, SendOutcome outcome) {
        alwaysByChat.put(chatId, outcome);
        return this;
    }

    RecordingSender onSend(BiConsumer<Chat, OutgoingMessage> hook) {
        this.onSend = hook;
        return this;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        onSend.accept(chat, message);
        SendOutcome outcome = alwaysByChat.get(chat.id());
        if (outcome == null) {
            Deque<SendOutcome> script = scriptByText.get(message.text());
            synchronized (this) {
                outcome = script == null ? null : script.poll();
            }
        }
        if (outcome == null) {
            outcome = new SendOutcome.Sent(String.valueOf(platformIds.incrementAndGet()));
        }
        synchronized (this) {
            deliveries.add(new Delivery(chat.id(), message.text(), editPlatformMessageId, clock.instant(), outcome));
        }
        return outcome;
    }

    synchronized List<Delivery> attempts() {
        return List.copyOf(deliveries);
    }

    /** Texts the platform accepted, in the order they were sent. */
    synchronized List<String> delivered() {
        return deliveries.stream().filter(d -> d.outcome() instanceof SendOutcome.Sent).map(Delivery::text).toList();
    }

    synchronized List<String> deliveredTo(long chatId) {
        return deliveries.stream().filter(d -> d.chatId() == chatId && d.outcome() instanceof SendOutcome.Sent)
                .map(Delivery::text).toList();
    }

    synchronized List<Instant> deliveryTimesTo(long chatId) {
        return deliveries.stream().filter(d -> d.chatId() == chatId && d.outcome() instanceof SendOutcome.Sent)
                .map(Delivery::at).toList();
    }

    synchronized List<Instant> deliveryTimes() {
        return deliveries.stream().filter(d -> d.outcome() instanceof SendOutcome.Sent).map(Delivery::at).toList();
    }

    synchronized long attemptsOf(String text) {
        return deliveries.stream().filter(d -> d.text().equals(text)).count();
    }

    /** How often each accepted text was accepted. */
    synchronized Map<String, Long> deliveryCounts() {
        return deliveries.stream().filter(d -> d.outcome() instanceof SendOutcome.Sent)
                .collect(Collectors.groupingBy(Delivery::text, Collectors.counting()));
    }

    synchronized List<Delivery> all() {
        return new ArrayList<>(deliveries);
    }
}
