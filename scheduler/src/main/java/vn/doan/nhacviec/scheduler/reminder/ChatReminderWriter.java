package vn.doan.nhacviec.scheduler.reminder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.reminder.ReminderSentRepository;
import vn.doan.nhacviec.data.reminder.StageClaim;
import vn.doan.nhacviec.data.reminder.StageMark;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/**
 * Stores a run's messages. Each transaction takes the stages of a batch of chat reminder groups in
 * {@code reminder_sent}, keeps only the items it took (another run or instance may have taken some
 * meanwhile), writes the messages to the outbox in one JDBC batch under dedup keys derived from
 * their content, and records which items each reminder lists, so a reply or a button is attributed.
 * A crash loses only whole batches, which the next run sends.
 */
@Component
public class ChatReminderWriter {

    static final int ITEMS_PER_TRANSACTION = 500;

    private final ReminderSentRepository handled;
    private final Outbox outbox;
    private final OutboxRepository outboxRows;
    private final MessageItemRepository messageItems;
    private final ReminderTexts texts;
    private final ReminderSettings settings;
    private final TransactionOperations transactions;
    private final OccurrenceRepository occurrences;

    public ChatReminderWriter(ReminderSentRepository handled, Outbox outbox, OutboxRepository outboxRows,
                        MessageItemRepository messageItems, ReminderTexts texts, ReminderSettings settings,
                        TransactionOperations transactions, OccurrenceRepository occurrences) {
        this.occurrences = occurrences;
        this.handled = handled;
        this.outbox = outbox;
        this.outboxRows = outboxRows;
        this.messageItems = messageItems;
        this.texts = texts;
        this.settings = settings;
        this.transactions = transactions;
    }

    public RunSummary write(Deliveries deliveries, Instant now, String runId) {
        return write(deliveries, now, runId, Map.of());
    }

    /**
     * @param nextOnceSent when each item's occurrence is next reminded of once this stage is taken:
     *                     stored for the taken ones in the same transaction
     */
    public RunSummary write(Deliveries deliveries, Instant now, String runId, Map<Long, Instant> nextOnceSent) {
        List<List<ChatReminder>> batches = new ArrayList<>();
        List<ChatReminder> batch = new ArrayList<>();
        int items = 0;
        for (List<ChatReminder> group : ChatReminderGroups.of(deliveries.chatReminders())) {
            if (!batch.isEmpty() && items >= ITEMS_PER_TRANSACTION) {
                batches.add(batch);
                batch = new ArrayList<>();
                items = 0;
            }
            batch.addAll(group);
            items += group.stream().mapToInt(d -> d.items().size()).sum();
        }
        batches.add(batch);
        RunSummary summary = RunSummary.NOTHING;
        for (int i = 0; i < batches.size(); i++) {
            List<ChatReminder> chatReminders = batches.get(i);
            List<DueItem> unreachable = i == batches.size() - 1 ? deliveries.unreachable() : List.of();
            String token = runId + "/" + i;
            summary = summary.plus(transactions.execute(status -> writeBatch(chatReminders, unreachable, now, token, nextOnceSent)));
        }
        return summary;
    }

    private RunSummary writeBatch(List<ChatReminder> chatReminders, List<DueItem> unreachable, Instant now, String token,
                                  Map<Long, Instant> nextOnceSent) {
        Map<String, StageClaim> claims = new LinkedHashMap<>();
        Map<String, Integer> chatsPerItem = new LinkedHashMap<>();
        for (ChatReminder chatReminder : chatReminders) {
            chatReminder.items().forEach(item -> chatsPerItem.merge(item.key(), 1, Integer::sum));
        }
        for (ChatReminder chatReminder : chatReminders) {
            chatReminder.items().forEach(item -> claims.putIfAbsent(item.key(), claim(item, chatsPerItem.get(item.key()))));
        }
        unreachable.forEach(item -> claims.putIfAbsent(item.key(), claim(item, 0)));
        Set<String> taken = new HashSet<>();
        Map<Long, Instant> nextOfTaken = new HashMap<>();
        for (StageMark mark : handled.take(claims.values(), token, now)) {
            taken.add(DueItem.key(mark.occurrenceId(), mark.stage(), mark.stageDay()));
            Instant next = nextOnceSent.get(mark.occurrenceId());
            if (next != null) {
                nextOfTaken.put(mark.occurrenceId(), next);
            }
        }
        occurrences.setNextReminders(nextOfTaken);

        List<NewOutboxMessage> messages = new ArrayList<>();
        Map<String, List<Long>> listedItems = new LinkedHashMap<>();
        for (ChatReminder chatReminder : chatReminders) {
            List<DueItem> kept = chatReminder.items().stream().filter(item -> taken.contains(item.key())).toList();
            List<List<DueItem>> parts = partition(kept, settings.maxItemsPerMessage());
            for (int p = 0; p < parts.size(); p++) {
                List<DueItem> part = parts.get(p);
                OutgoingMessage message = render(chatReminder, part, p + 1, parts.size(), now);
                String dedupKey = dedupKey(chatReminder, part);
                NewOutboxMessage stored = new NewOutboxMessage(chatReminder.chat().id(), chatReminder.kind(), message, dedupKey,
                        chatReminder.kind().defaultPriority(), settings.calendar().nextReminderTime(now, chatReminder.zone()));
                if (chatReminder.kind() == MessageKind.REMINDER) {
                    listedItems.put(dedupKey, part.stream().map(i -> i.occurrence().id()).toList());
                    stored = stored.numberingItems();
                }
                messages.add(stored);
            }
        }
        outbox.enqueueAll(messages);
        Map<Long, List<Long>> itemsByOutboxId = new LinkedHashMap<>();
        outboxRows.idsByDedupKey(listedItems.keySet()).forEach((key, id) -> itemsByOutboxId.put(id, listedItems.get(key)));
        messageItems.recordAll(itemsByOutboxId);
        int unreachableTaken = (int) unreachable.stream().filter(i -> taken.contains(i.key())).count();
        return new RunSummary(claims.size(), taken.size(), messages.size(), unreachableTaken);
    }

    private OutgoingMessage render(ChatReminder chatReminder, List<DueItem> items, int part, int parts, Instant now) {
        if (chatReminder.kind() == MessageKind.ESCALATION) {
            Map<Long, LateUnit> byUnit = new LinkedHashMap<>();
            for (DueItem item : items) {
                byUnit.computeIfAbsent(item.unit().id(), id -> new LateUnit(item.unit(), new ArrayList<>())).items().add(item);
            }
            return texts.escalation(chatReminder.language(), List.copyOf(byUnit.values()), part, parts, now);
        }
        return texts.reminder(chatReminder.language(), items, part, parts, now);
    }

    private static StageClaim claim(DueItem item, int chats) {
        return new StageClaim(item.occurrence().id(), item.stage().key(), item.stage().day(), chats);
    }

    private static List<List<DueItem>> partition(List<DueItem> items, int size) {
        List<List<DueItem>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            parts.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return parts;
    }

    /** Derived from what the message lists, so storing the same message again (a rerun) stores nothing. */
    static String dedupKey(ChatReminder chatReminder, List<DueItem> items) {
        String content = String.join(",", items.stream().map(DueItem::key).sorted().toList());
        String prefix = chatReminder.kind() == MessageKind.ESCALATION ? "esc:" : "rem:";
        return prefix + chatReminder.chat().id() + ":" + sha256(content).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
