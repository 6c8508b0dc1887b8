package vn.doan.nhacviec.bot.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;

/**
 * Once an answer is recorded on a message, that message shows it where the channel can edit in
 * place (Telegram): on a list, the answered items are ticked and lose their buttons; a question
 * (an item's answers, "which item?") loses all its buttons. The confirmation is added below, so
 * nobody answers the same thing twice. Elsewhere the confirmation alone says it.
 */
@Component
class AnsweredMessageEditor {

    private final Set<String> editingChannels;
    private final OutboxRepository outbox;
    private final MessageItemRepository messageItems;
    private final NumberedMessages numbered;
    private final StatusLogRepository statusLog;
    private final Messages messages;
    private final Outgoing outgoing;

    AnsweredMessageEditor(List<MessageSender> senders, OutboxRepository outbox, MessageItemRepository messageItems,
                          NumberedMessages numbered, StatusLogRepository statusLog, Messages messages, Outgoing outgoing) {
        this.editingChannels = senders.stream().filter(MessageSender::canEdit).map(MessageSender::channel).collect(Collectors.toUnmodifiableSet());
        this.outbox = outbox;
        this.messageItems = messageItems;
        this.numbered = numbered;
        this.statusLog = statusLog;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    void showAnswered(Caller caller, long answeredMessage, String confirmation) {
        if (!editingChannels.contains(caller.chat().channel())) {
            return;
        }
        Optional<OutboxEntry> original = outbox.find(answeredMessage).filter(o -> o.chatId() == caller.chat().id());
        if (original.isEmpty()) {
            return;
        }
        OutgoingMessage message = original.get().payload();
        List<Long> items = messageItems.items(answeredMessage);
        boolean aList = !items.isEmpty() && numbered.pendingAnswer(answeredMessage).isEmpty()
                && message.choices().stream().allMatch(Choice::buttonOnly);
        String text = message.text();
        List<Choice> kept = List.of();
        if (aList) {
            Set<Integer> answered = answeredPositions(items, original.get().createdAt());
            text = ticked(text, answered);
            kept = message.choices().stream().filter(c -> !answered.contains(position(c))).toList();
        }
        text += "\n\n" + messages.get(caller.locale(), "answer.onMessage", confirmation, caller.person().displayName());
        outgoing.send(caller.chat(), new OutgoingMessage(text, kept, null, answeredMessage));
    }

    private Set<Integer> answeredPositions(List<Long> items, Instant shownAt) {
        Set<Long> answered = statusLog.answeredSince(items, shownAt);
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (answered.contains(items.get(i))) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    private static String ticked(String text, Set<Integer> positions) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int dot = line.indexOf(". ");
            boolean tick = dot > 0 && dot <= 3 && line.substring(0, dot).chars().allMatch(Character::isDigit)
                    && positions.contains(Integer.parseInt(line.substring(0, dot)));
            lines.add(tick ? line + " ✓" : line);
        }
        return String.join("\n", lines);
    }

    /** The item number an {@code n:} button is for, or 0. */
    private static int position(Choice choice) {
        String data = choice.data();
        if (data == null || !data.startsWith("n:")) {
            return 0;
        }
        String number = data.substring(2).split(":", 2)[0];
        return number.matches("\\d{1,3}") ? Integer.parseInt(number) : 0;
    }
}
