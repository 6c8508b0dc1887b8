package vn.doan.nhacviec.bot.command;

import java.util.Locale;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** One command call: who asked, the text after the command name, and how to answer. */
public record CommandContext(Caller caller, Inbound inbound, String commandName, String args, Messages messages,
                             Outgoing outgoing) {

    public Locale locale() {
        return caller.locale();
    }

    /** A text from the bundles in the caller's language. */
    public String text(String key, Object... arguments) {
        return messages.get(caller.locale(), key, arguments);
    }

    public long reply(String text) {
        return reply(OutgoingMessage.text(text));
    }

    public long replyKey(String key, Object... arguments) {
        return reply(text(key, arguments));
    }

    public long reply(OutgoingMessage message) {
        return outgoing.send(caller.chat(), message);
    }

    public boolean hasArgs() {
        return !args.isBlank();
    }
}
