package vn.doan.nhacviec.bot.support;

import java.util.ArrayList;
import java.util.List;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

/** A channel that keeps what it was asked to send, for assertions. */
public class CapturingSender implements MessageSender {

    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

    public record Sent(Chat chat, OutgoingMessage message) {
    }

    private final String channel;
    private final List<Sent> sent = new ArrayList<>();

    public CapturingSender(String channel) {
        this.channel = channel;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public synchronized SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        sent.add(new Sent(chat, message));
        // unique in the chat, as a messenger's message ids are
        return new SendOutcome.Sent(String.valueOf(ids.incrementAndGet()));
    }

    /** Everything sent since the last call, and forgets it. */
    public synchronized List<Sent> take() {
        List<Sent> copy = List.copyOf(sent);
        sent.clear();
        return copy;
    }
}
