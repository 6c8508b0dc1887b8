package vn.doan.nhacviec.scheduler.outbox;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutboxEntry;

/**
 * The claimed messages of one chat, oldest first, served by one thread at a time. Ranked for the
 * sender pool by its most urgent message, so an answer claimed later still goes before queued
 * reminders of other chats.
 */
final class ChatQueue implements Comparable<ChatQueue> {

    private static final Comparator<ChatQueue> RANK = Comparator
            .comparingInt((ChatQueue q) -> -q.priority)
            .thenComparingLong(q -> q.firstId);

    private final PriorityQueue<OutboxEntry> entries = new PriorityQueue<>(Comparator.comparingLong(OutboxEntry::id));
    private final long chatId;
    private final int priority;
    private final long firstId;
    private final ZoneId zone;
    private volatile Chat chat;

    /** @param chat null if the chat no longer exists */
    ChatQueue(long chatId, Chat chat, Collection<OutboxEntry> claimed) {
        this(chatId, chat, null, claimed);
    }

    /**
     * @param chat null if the chat no longer exists
     * @param zone the recipient's time zone, or null for the default one
     */
    ChatQueue(long chatId, Chat chat, ZoneId zone, Collection<OutboxEntry> claimed) {
        this.chatId = chatId;
        this.zone = zone;
        this.chat = chat;
        this.entries.addAll(claimed);
        this.priority = claimed.stream().mapToInt(OutboxEntry::priority).max().orElse(0);
        this.firstId = claimed.stream().mapToLong(OutboxEntry::id).min().orElse(0);
    }

    long chatId() {
        return chatId;
    }

    /** The recipient's time zone; null for the default one. */
    ZoneId zone() {
        return zone;
    }

    /** The chat as last known; null if it no longer exists. */
    Chat chat() {
        return chat;
    }

    void chatBecameInactive() {
        Chat c = chat;
        chat = new Chat(c.id(), c.channel(), c.chatRef(), c.kind(), c.title(), c.language(), false, c.remindersPaused());
    }

    synchronized void addAll(Collection<OutboxEntry> claimed) {
        entries.addAll(claimed);
    }

    /** The oldest message not yet handled, or null. */
    synchronized OutboxEntry poll() {
        return entries.poll();
    }

    @Override
    public int compareTo(ChatQueue other) {
        return RANK.compare(this, other);
    }
}
