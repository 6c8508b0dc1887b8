package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** A recipient chat acknowledges a notice, by its answer or in words; once per chat. */
@Component
class NoticeAcknowledgements {

    private final NoticeRepository notices;
    private final UnitRepository units;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Clock clock;

    NoticeAcknowledgements(NoticeRepository notices, UnitRepository units, Messages messages, Outgoing outgoing, Clock clock) {
        this.notices = notices;
        this.units = units;
        this.messages = messages;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    void acknowledge(Caller caller, long noticeId) {
        Notice notice = notices.findById(noticeId).orElse(null);
        if (notice == null || !notices.isRecipient(notice.id(), caller.chat().id())) {
            // a refusal: on a button, shown to the presser alone
            throw new UserError("notice.ack.notRecipient");
        }
        String sender = units.findById(notice.scopeUnitId()).map(Unit::name).orElse("");
        boolean first = notices.acknowledge(notice.id(), caller.chat().id(), caller.person().id(), clock.instant());
        reply(caller, first ? "notice.ack.thanks" : "notice.ack.already", sender);
    }

    private void reply(Caller caller, String key, String sender) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, sender)));
    }
}
