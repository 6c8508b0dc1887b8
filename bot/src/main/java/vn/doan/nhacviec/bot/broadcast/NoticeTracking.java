package vn.doan.nhacviec.bot.broadcast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.broadcast.NoticeProgress.Delivery;
import vn.doan.nhacviec.bot.broadcast.NoticeProgress.UnitProgress;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.notice.NoticeAck;
import vn.doan.nhacviec.data.notice.NoticeDelivery;
import vn.doan.nhacviec.data.notice.NoticeRecipient;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Works out where a notice stands from its recipients, the outbox rows of its messages and its acknowledgements. */
@Service
class NoticeTracking {

    static final String TRACK = "notice.track";

    private final NoticeRepository notices;
    private final UnitRepository units;
    private final PersonRepository people;
    private final UnitScope scope;

    NoticeTracking(NoticeRepository notices, UnitRepository units, PersonRepository people, UnitScope scope) {
        this.notices = notices;
        this.units = units;
        this.people = people;
        this.scope = scope;
    }

    /** The notice, if the caller sent it or is staff over the unit it came from; otherwise refused and audited. */
    Notice visibleTo(Caller caller, long noticeId, String action) {
        Notice notice = notices.findById(noticeId).orElseThrow(() -> new UserError("notice.unknown", String.valueOf(noticeId)));
        if (notice.senderId() != caller.person().id()) {
            scope.require(caller, units.findById(notice.scopeUnitId()).orElseThrow(), Role.STAFF, action);
        }
        return notice;
    }

    NoticeProgress progress(Notice notice) {
        Map<Long, List<NoticeDelivery>> byChat = new HashMap<>();
        for (NoticeDelivery delivery : notices.deliveries(notice.id())) {
            byChat.computeIfAbsent(delivery.chatId(), c -> new ArrayList<>()).add(delivery);
        }
        Map<Long, NoticeAck> acks = new HashMap<>();
        notices.acknowledgements(notice.id()).forEach(a -> acks.putIfAbsent(a.chatId(), a));
        Map<Long, List<Long>> chatsByUnit = new LinkedHashMap<>();
        for (NoticeRecipient recipient : notices.recipients(notice.id())) {
            chatsByUnit.computeIfAbsent(recipient.unitId(), u -> new ArrayList<>()).add(recipient.chatId());
        }
        Map<Long, Delivery> chatDelivery = new HashMap<>();
        chatsByUnit.values().forEach(chats -> chats.forEach(chat -> chatDelivery.put(chat, delivery(byChat.getOrDefault(chat, List.of())))));

        List<UnitProgress> progress = new ArrayList<>();
        for (Unit unit : units.findByIds(chatsByUnit.keySet())) {
            List<Long> chats = chatsByUnit.get(unit.id());
            Optional<NoticeAck> first = chats.stream().map(acks::get).filter(a -> a != null).min(Comparator.comparing(NoticeAck::at));
            String by = first.map(NoticeAck::personId).flatMap(id -> id == null ? Optional.empty() : people.findById(id))
                    .map(Person::displayName).orElse(null);
            progress.add(new UnitProgress(unit, unitDelivery(chats.stream().map(chatDelivery::get).toList()), by,
                    first.map(NoticeAck::at).orElse(null)));
        }
        int sent = count(chatDelivery, Delivery.SENT);
        int pending = count(chatDelivery, Delivery.PENDING);
        int failed = count(chatDelivery, Delivery.FAILED);
        int acknowledged = (int) chatDelivery.keySet().stream().filter(acks::containsKey).count();
        Unit sender = units.findById(notice.scopeUnitId()).orElseThrow();
        return new NoticeProgress(notice, sender, progress, chatDelivery.size(), sent, pending, failed, acknowledged,
                Math.max(0, notices.lastRound(notice.id())));
    }

    private static Delivery delivery(List<NoticeDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            // the chat was inactive when the notice went out
            return Delivery.FAILED;
        }
        if (deliveries.stream().anyMatch(NoticeDelivery::sent)) {
            return Delivery.SENT;
        }
        Optional<NoticeDelivery> latest = deliveries.stream().max(Comparator.comparingInt(NoticeDelivery::round));
        return latest.isPresent() && latest.get().state() == OutboxState.FAILED ? Delivery.FAILED : Delivery.PENDING;
    }

    private static Delivery unitDelivery(List<Delivery> chats) {
        if (chats.contains(Delivery.SENT)) {
            return Delivery.SENT;
        }
        return chats.contains(Delivery.PENDING) ? Delivery.PENDING : Delivery.FAILED;
    }

    private static int count(Map<Long, Delivery> deliveries, Delivery wanted) {
        return (int) deliveries.values().stream().filter(d -> d == wanted).count();
    }
}
