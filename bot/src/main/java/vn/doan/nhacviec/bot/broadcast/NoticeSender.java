package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.notice.NewNotice;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeAck;
import vn.doan.nhacviec.data.notice.NoticeRecipient;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;

/**
 * Stores a notice and puts one message per recipient chat in the outbox, in one batch and one
 * transaction; the dispatcher sends them under each channel's rate limits. Every message has the
 * dedup key {@code notice:<notice>:<chat>:<round>}, so a round goes to a chat at most once however
 * often it is asked for.
 */
@Service
class NoticeSender {

    static final String SEND = "notice.send";
    static final String RESEND = "notice.resend";

    private final NoticeRepository notices;
    private final ChatRepository chats;
    private final UnitRepository units;
    private final Outbox outbox;
    private final NoticeMessages texts;
    private final NoticeAttachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    NoticeSender(NoticeRepository notices, ChatRepository chats, UnitRepository units, Outbox outbox, NoticeMessages texts,
                 NoticeAttachments attachments, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.chats = chats;
        this.units = units;
        this.outbox = outbox;
        this.texts = texts;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a re-send did: the chats it went to, or that this round had been sent already. */
    record Resend(int chats, boolean alreadySent) {
    }

    @Transactional
    public long send(Caller caller, BroadcastDraft draft, ResolvedAudience audience, Instant sendAt) {
        return send(caller, draft, audience, sendAt, false);
    }

    /** @param anyHour the sender chose to send outside the recipients' sending window */
    @Transactional
    public long send(Caller caller, BroadcastDraft draft, ResolvedAudience audience, Instant sendAt, boolean anyHour) {
        Attachment kept = attachments.keep(draft.attachment());
        Instant respondBy = draft.respondBy() == null ? null : Instant.ofEpochMilli(draft.respondBy());
        long id = notices.create(new NewNotice(caller.person().id(), caller.chat().id(), audience.sender().id(), draft.body(),
                audience.description(), kept, sendAt, respondBy), audience.recipients());
        Notice notice = notices.findById(id).orElseThrow();
        enqueueRound(notice, audience.chatIds(), 0, sendAt, anyHour);
        audit.done(caller.person().id(), audience.sender().id(), SEND, null, "notice #" + id + " to " + audience.chatIds().size()
                + " chats of " + audience.unitsWithChat() + " units (" + audience.description() + "), not before " + sendAt
                + (anyHour ? ", outside sending hours" : ""));
        return id;
    }

    /** Sends round {@code round} to the recipient chats that have not acknowledged; a round already sent is not sent again. */
    @Transactional
    public Resend resend(Caller caller, Notice notice, int round) {
        if (notice.sendAt().isAfter(clock.instant())) {
            throw new UserError("notice.notSentYet", String.valueOf(notice.id()));
        }
        if (notice.respondBy() != null && !notice.respondBy().isAfter(clock.instant())) {
            throw new UserError("notice.resend.pastDeadline", String.valueOf(notice.id()));
        }
        if (round != notices.lastRound(notice.id()) + 1) {
            return new Resend(0, true);
        }
        // a unit that acknowledged in one of its chats has acknowledged: its other chats are not asked again
        Set<Long> acknowledgedChats = new LinkedHashSet<>(notices.acknowledgements(notice.id()).stream().map(NoticeAck::chatId).toList());
        List<NoticeRecipient> recipients = notices.recipients(notice.id());
        Set<Long> acknowledgedUnits = new LinkedHashSet<>();
        recipients.stream().filter(r -> acknowledgedChats.contains(r.chatId())).forEach(r -> acknowledgedUnits.add(r.unitId()));
        Set<Long> waiting = new LinkedHashSet<>();
        for (NoticeRecipient recipient : recipients) {
            if (!acknowledgedChats.contains(recipient.chatId()) && !acknowledgedUnits.contains(recipient.unitId())) {
                waiting.add(recipient.chatId());
            }
        }
        int sent = enqueueRound(notice, waiting, round, clock.instant(), false);
        if (sent > 0) {
            audit.done(caller.person().id(), notice.scopeUnitId(), RESEND, null,
                    "notice #" + notice.id() + " round " + round + " to " + sent + " chats");
        }
        return new Resend(sent, false);
    }

    private int enqueueRound(Notice notice, Collection<Long> chatIds, int round, Instant notBefore, boolean anyHour) {
        String senderName = units.findById(notice.scopeUnitId()).map(Unit::name).orElse("");
        Map<Long, String> keys = new LinkedHashMap<>();
        List<NewOutboxMessage> messages = new ArrayList<>();
        for (Chat chat : chats.findAllById(chatIds)) {
            if (!chat.active()) {
                continue;
            }
            String key = "notice:" + notice.id() + ":" + chat.id() + ":" + round;
            keys.put(chat.id(), key);
            messages.add(new NewOutboxMessage(chat.id(), MessageKind.NOTICE,
                    texts.forRecipient(Messages.locale(chat.language(), chat), senderName, notice.body(), notice.attachment(), notice.respondBy(),
                            notice.id(), round),
                    key, MessageKind.NOTICE.defaultPriority(), notBefore, anyHour));
        }
        if (!messages.isEmpty()) {
            notices.recordDeliveries(notice.id(), round, keys);
            outbox.enqueueAll(messages);
        }
        return messages.size();
    }
}
