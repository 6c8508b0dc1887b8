package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.core.Outgoing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Refusals of a button press go to the one who pressed, not to the whole group: on Telegram a
 * notice over the chat (answerCallbackQuery with the text). The refusal is stored in the outbox like
 * every message, marked with the press it answers. A press can be answered once, so the channel
 * that received it asks, after the conversation, whether the outbox will answer it; if not, it
 * answers it silently itself.
 */
@Component
public class PresserReplies {

    private final Set<String> answeredThroughOutbox = ConcurrentHashMap.newKeySet();
    private final Outgoing outgoing;

    public PresserReplies(Outgoing outgoing) {
        this.outgoing = outgoing;
    }

    /** Sends {@code text} to the presser alone when {@code in} is a button press, else to the chat. */
    public void reply(Caller caller, Inbound in, String text) {
        if (in.pressId() == null) {
            outgoing.send(caller.chat(), OutgoingMessage.text(text));
            return;
        }
        outgoing.send(caller.chat(), OutgoingMessage.toPresser(in.pressId(), text));
        answeredThroughOutbox.add(in.pressId());
    }

    /** Whether the outbox answers this press. Asked once per press, by the channel, after the conversation. */
    public boolean answersPress(String pressId) {
        return pressId != null && answeredThroughOutbox.remove(pressId);
    }
}
