package vn.doan.nhacviec.bot.console;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

/** Prints messages to the terminal: options as a numbered list (button-only shortcuts left out), files as their paths. */
@Component
@ConditionalOnProperty(name = "nhacviec.console.enabled", havingValue = "true")
class ConsoleSender implements MessageSender {

    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();

    ConsoleSender() {
        this(System.out);
    }

    ConsoleSender(PrintStream out) {
        this.out = out;
    }

    @Override
    public String channel() {
        return ConsoleChannel.CHANNEL;
    }

    @Override
    public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        StringBuilder text = new StringBuilder("\n");
        if (!ConsoleChannel.TERMINAL.equals(chat.chatRef())) {
            // reminders and notices for other chats of the demo tree are shown too, marked with their recipient
            text.append("── → ").append(chat.title() == null ? chat.chatRef() : chat.title()).append(" ──\n");
        }
        text.append(message.text());
        List<OutgoingMessage.Choice> options = message.numberedOptions();
        if (!options.isEmpty()) {
            text.append('\n');
            for (int i = 0; i < options.size(); i++) {
                text.append(i == 0 ? "" : "   ").append('[').append(i + 1).append("] ").append(options.get(i).label());
            }
        }
        if (message.attachment() != null) {
            text.append("\n📎 ").append(message.attachment().fileName()).append(": ").append(message.attachment().path());
        }
        synchronized (out) {
            out.println(text);
            out.print("> ");
            out.flush();
        }
        return new SendOutcome.Sent(String.valueOf(ids.incrementAndGet()));
    }
}
