package vn.doan.nhacviec.bot.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.conversation.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;

/**
 * After a button answer is recorded, the message it was pressed on (a reminder, a list) is replaced
 * by its text plus what was recorded, without its buttons, so nobody answers it twice. Only on
 * channels that edit in place: elsewhere the confirmation alone says it.
 */
@Component
class AnsweredMessageEditor {

    private final Set<String> editingChannels;
    private final OutboxRepository outbox;
    private final Messages messages;
    private final Outgoing outgoing;

    AnsweredMessageEditor(List<MessageSender> senders, OutboxRepository outbox, Messages messages, Outgoing outgoing) {
        this.editingChannels = senders.stream().filter(MessageSender::canEdit).map(MessageSender::channel).collect(Collectors.toUnmodifiableSet());
        this.outbox = outbox;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    void showRecorded(Caller caller, long answeredMessage, String recorded) {
        if (!editingChannels.contains(caller.chat().channel())) {
            return;
        }
        outbox.find(answeredMessage).filter(original -> original.chatId() == caller.chat().id()).ifPresent(original -> {
            String text = original.payload().text() + "\n\n"
                    + messages.get(caller.locale(), "answer.onMessage", recorded, caller.person().displayName());
            outgoing.send(caller.chat(), new OutgoingMessage(text, List.of(), null, answeredMessage));
        });
    }
}
