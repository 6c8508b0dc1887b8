package vn.doan.nhacviec.bot.support;

import java.util.List;

import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/** Talks to the bot as a user of the console channel and returns what the bot answered. */

public class Terminal {

    private final ConversationService conversation;
    private final OutboxDispatcher dispatcher;
    private final CapturingSender sender;
    private final ReplanQueue replans;

    public Terminal(ConversationService conversation, OutboxDispatcher dispatcher, CapturingSender sender, ReplanQueue replans) {
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.replans = replans;
    }

    /** The terminal user of the demo (admin of the tree, secretary of a Tây Ninh border branch). */
    public List<CapturingSender.Sent> say(String text) {
        return as("terminal", "terminal", text);
    }

    public List<CapturingSender.Sent> as(String userRef, String chatRef, String text) {
        conversation.handle(Inbound.privateText("console", chatRef, userRef, userRef, text));
        return flush();
    }

    public List<CapturingSender.Sent> inGroup(String userRef, String groupRef, String text) {
        conversation.handle(new Inbound("console", groupRef, Chat.ChatKind.GROUP, "Nhóm " + groupRef, userRef, userRef, null, text,
                null, null, true));
        return flush();
    }

    /** Runs the queued re-plans (the job Quartz would start after a change), then sends what the outbox holds. */
    public List<CapturingSender.Sent> flush() {
        replans.drain();
        dispatcher.drain();
        return sender.take();
    }

    /** The text of the single answer. */
    public String answer(String text) {
        List<CapturingSender.Sent> sent = say(text);
        if (sent.size() != 1) {
            throw new AssertionError("expected one answer to " + text + " but got " + sent);
        }
        return sent.get(0).message().text();
    }
}
