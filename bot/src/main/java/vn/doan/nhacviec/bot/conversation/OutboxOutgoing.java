package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.core.Outgoing;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/** Answers go through the outbox like everything else the bot sends. */
@Component
class OutboxOutgoing implements Outgoing {

    private final Outbox outbox;

    OutboxOutgoing(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public long send(Chat chat, OutgoingMessage message) {
        return outbox.reply(chat.id(), message);
    }
}
