package vn.doan.nhacviec.bot.postpone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.postpone.PostponeRequestRepository;
import vn.doan.nhacviec.data.postpone.PostponeRequestRow;
import vn.doan.nhacviec.data.postpone.PostponeState;
import vn.doan.nhacviec.data.reminder.ReminderSentRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Decides postponement requests. Only staff and admins over the unit decide (a refusal is
 * audited); the first decision wins, a second decider is told who decided. Approving moves the
 * occurrence's deadline to the day after the requested last day (the original deadline is kept),
 * forgets the reminder stages already sent so they start again for the new date, and tells the
 * requester. Declining and proposing another day are finished by {@link PostponeDialog} once the
 * decider has typed the reason or the day.
 */
@Service
public class PostponeDecisions {

    static final java.time.ZoneId VIETNAM = VietnamTime.ZONE;
    static final String APPROVE = "postpone.approve";
    static final String DECLINE = "postpone.decline";
    static final String COUNTER = "postpone.counter";
    static final String ACCEPT_COUNTER = "postpone.acceptCounter";
    static final String REJECT_COUNTER = "postpone.rejectCounter";

    private final PostponeRequestRepository requests;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final UnitRepository units;
    private final PersonRepository people;
    private final ChatRepository chats;
    private final ReminderSentRepository handled;
    private final UnitScope scope;
    private final AuditLog audit;
    private final Messages messages;
    private final ItemFormatter items;
    private final Outgoing outgoing;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final Clock clock;

    PostponeDecisions(PostponeRequestRepository requests, OccurrenceRepository occurrences, ObligationRepository obligations,
                      UnitRepository units, PersonRepository people, ChatRepository chats, ReminderSentRepository handled,
                      UnitScope scope, AuditLog audit, Messages messages, ItemFormatter items, Outgoing outgoing, Outbox outbox,
                      ReminderSettings settings, Clock clock) {
        this.requests = requests;
        this.occurrences = occurrences;
        this.obligations = obligations;
        this.units = units;
        this.people = people;
        this.chats = chats;
        this.handled = handled;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
        this.items = items;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A request with what it is about. */
    record Request(PostponeRequestRow row, Occurrence occurrence, Obligation obligation, Unit unit) {
    }

    /** The request if it exists, the caller may decide it and it is still pending; otherwise the caller has been answered. */
    Optional<Request> decidable(Caller caller, long requestId, String action) {
        Optional<Request> found = load(requestId);
        if (found.isEmpty()) {
            reply(caller, "postpone.decide.notFound");
            return Optional.empty();
        }
        Request request = found.get();
        if (!scope.covers(caller, request.unit(), Role.STAFF)) {
            scope.auditRefusal(caller, request.unit().id(), action, "not staff or admin over the unit");
            reply(caller, "postpone.decide.notAllowed", request.unit().name());
            return Optional.empty();
        }
        if (request.row().state() != PostponeState.PENDING) {
            answerAlreadyDecided(caller, request);
            return Optional.empty();
        }
        if (request.occurrence().state().isClosed()) {
            reply(caller, "postpone.decide.closed", title(caller.locale(), request), request.unit().name());
            return Optional.empty();
        }
        return found;
    }

    @Transactional
    public void approve(Caller caller, long requestId) {
        Optional<Request> found = decidable(caller, requestId, APPROVE);
        if (found.isEmpty()) {
            return;
        }
        Request request = found.get();
        Instant now = clock.instant();
        if (!requests.decide(requestId, PostponeState.PENDING, PostponeState.APPROVED, caller.person().id(), now, null, null)) {
            load(requestId).ifPresent(r -> answerAlreadyDecided(caller, r));
            return;
        }
        LocalDate before = request.occurrence().lastDay();
        LocalDate until = request.row().requestedDay();
        extend(request, until);
        audit.done(caller.person().id(), request.unit().id(), APPROVE, auditText(request, before), auditText(request, until));
        Locale locale = caller.locale();
        reply(caller, "postpone.approved", title(locale, request), request.unit().name(), date(until), date(original(request)));
        tellRequester(request, "postpone-approved:" + requestId, (requesterLocale) -> OutgoingMessage.text(messages.get(requesterLocale,
                "postpone.approved.requester", caller.person().displayName(), title(requesterLocale, request), date(until),
                date(original(request)))));
    }

    /** Declines with the reason the decider typed. */
    @Transactional
    public boolean decline(Caller caller, long requestId, String reason) {
        Optional<Request> found = decidable(caller, requestId, DECLINE);
        if (found.isEmpty()) {
            return false;
        }
        Request request = found.get();
        if (!requests.decide(requestId, PostponeState.PENDING, PostponeState.DECLINED, caller.person().id(), clock.instant(), reason,
                null)) {
            load(requestId).ifPresent(r -> answerAlreadyDecided(caller, r));
            return false;
        }
        audit.done(caller.person().id(), request.unit().id(), DECLINE, auditText(request, request.row().requestedDay()),
                "không đồng ý: " + reason);
        reply(caller, "postpone.declined");
        tellRequester(request, "postpone-declined:" + requestId, (locale) -> OutgoingMessage.text(messages.get(locale,
                "postpone.declined.requester", caller.person().displayName(), title(locale, request),
                date(request.row().requestedDay()), reason, date(request.occurrence().lastDay()))));
        return true;
    }

    /** Proposes another last day; the requester may accept it. */
    @Transactional
    public boolean counter(Caller caller, long requestId, LocalDate day) {
        Optional<Request> found = decidable(caller, requestId, COUNTER);
        if (found.isEmpty()) {
            return false;
        }
        Request request = found.get();
        if (!requests.decide(requestId, PostponeState.PENDING, PostponeState.COUNTERED, caller.person().id(), clock.instant(), null,
                day)) {
            load(requestId).ifPresent(r -> answerAlreadyDecided(caller, r));
            return false;
        }
        audit.done(caller.person().id(), request.unit().id(), COUNTER, auditText(request, request.row().requestedDay()),
                "đề xuất: " + auditText(request, day));
        reply(caller, "postpone.countered", date(day));
        tellRequester(request, "postpone-countered:" + requestId, (locale) -> new OutgoingMessage(messages.get(locale,
                "postpone.countered.requester", caller.person().displayName(), title(locale, request), date(day),
                date(request.row().requestedDay())), List.of(
                new OutgoingMessage.Choice(messages.get(locale, "postpone.choice.acceptCounter", date(day)),
                        PostponeChoiceHandler.data(PostponeChoiceHandler.ACCEPT_COUNTER, requestId)),
                new OutgoingMessage.Choice(messages.get(locale, "postpone.choice.rejectCounter"),
                        PostponeChoiceHandler.data(PostponeChoiceHandler.REJECT_COUNTER, requestId))), null, null));
        return true;
    }

    /** The requester's unit answers a counter-proposal. */
    @Transactional
    public void answerCounter(Caller caller, long requestId, boolean accept) {
        Optional<Request> found = load(requestId);
        if (found.isEmpty()) {
            reply(caller, "postpone.decide.notFound");
            return;
        }
        Request request = found.get();
        String action = accept ? ACCEPT_COUNTER : REJECT_COUNTER;
        boolean requester = request.row().requestedBy() != null && request.row().requestedBy() == caller.person().id();
        if (!requester && !scope.covers(caller, request.unit(), Role.SECRETARY)) {
            scope.auditRefusal(caller, request.unit().id(), action, "not the unit that asked");
            reply(caller, "postpone.counter.notYours");
            return;
        }
        if (request.row().state() != PostponeState.COUNTERED) {
            answerAlreadyDecided(caller, request);
            return;
        }
        Instant now = clock.instant();
        LocalDate day = request.row().counterDay();
        PostponeState to = accept && !request.occurrence().state().isClosed() ? PostponeState.APPROVED : PostponeState.DECLINED;
        if (!requests.decide(requestId, PostponeState.COUNTERED, to, request.row().decidedBy(), now, request.row().reason(), day)) {
            load(requestId).ifPresent(r -> answerAlreadyDecided(caller, r));
            return;
        }
        if (to == PostponeState.DECLINED) {
            audit.done(caller.person().id(), request.unit().id(), REJECT_COUNTER, auditText(request, day), null);
            reply(caller, "postpone.counter.rejected", title(caller.locale(), request), date(request.occurrence().lastDay()));
            return;
        }
        LocalDate before = request.occurrence().lastDay();
        extend(request, day);
        audit.done(caller.person().id(), request.unit().id(), ACCEPT_COUNTER, auditText(request, before), auditText(request, day));
        reply(caller, "postpone.counter.accepted", title(caller.locale(), request), date(day));
        if (request.row().decidedBy() != null) {
            Optional<Person> decider = people.findById(request.row().decidedBy());
            Locale locale = Messages.locale(decider.map(Person::language).orElse("vi"));
            OutgoingMessage message = OutgoingMessage.text(messages.get(locale, "postpone.counter.accepted.decider",
                    caller.person().displayName(), title(locale, request), date(day)));
            for (Chat chat : chats.privateChatsOf(request.row().decidedBy())) {
                if (chat.active()) {
                    send(chat.id(), request.unit(), message, "postpone-counter-accepted:" + requestId + ":" + chat.id());
                }
            }
        }
    }

    /** "đã được X quyết định": the polite answer to a second decider. */
    void answerAlreadyDecided(Caller caller, Request request) {
        Locale locale = caller.locale();
        if (request.row().state() == PostponeState.SUPERSEDED) {
            reply(caller, "postpone.decide.superseded", title(locale, request), request.unit().name());
            return;
        }
        String who = request.row().decidedBy() == null ? "—"
                : people.findById(request.row().decidedBy()).map(Person::displayName).orElse("—");
        reply(caller, "postpone.decide.already", title(locale, request), request.unit().name(), who,
                messages.get(locale, "postpone.outcome." + request.row().state().name()));
    }

    Optional<Request> load(long requestId) {
        return requests.findById(requestId).flatMap(row -> occurrences.findById(row.occurrenceId())
                .flatMap(occurrence -> obligations.findById(occurrence.obligationId())
                        .flatMap(obligation -> units.findById(row.unitId())
                                .map(unit -> new Request(row, occurrence, obligation, unit)))));
    }

    String title(Locale locale, Request request) {
        return request.obligation().title() + " (" + items.periodLabel(locale, request.occurrence().periodKey()) + ")";
    }

    static String date(LocalDate day) {
        return day.format(ItemFormatter.DATE);
    }

    private void extend(Request request, LocalDate lastDay) {
        LocalDate deadline = lastDay.plusDays(1);
        occurrences.extend(request.occurrence().id(), deadline, deadline.atStartOfDay(request.unit().zone()).toInstant());
        handled.forget(request.occurrence().id());
    }

    private static LocalDate original(Request request) {
        Occurrence occurrence = request.occurrence();
        return occurrence.extended() ? occurrence.originalLastDay() : occurrence.lastDay();
    }

    private static String auditText(Request request, LocalDate lastDay) {
        return request.unit().code() + " · " + request.obligation().code() + " " + request.occurrence().periodKey()
                + " · hạn: hết ngày " + date(lastDay);
    }

    private void tellRequester(Request request, String dedupKey, java.util.function.Function<Locale, OutgoingMessage> render) {
        Long chatId = request.row().requestedChatId();
        Chat chat = chatId == null ? null : chats.findById(chatId).filter(Chat::active).orElse(null);
        if (chat == null) {
            return;
        }
        String language = chats.readerLanguages(List.of(chat.id())).getOrDefault(chat.id(), chat.language());
        send(chat.id(), request.unit(), render.apply(Messages.locale(language)), dedupKey);
    }

    private void send(long chatId, Unit unit, OutgoingMessage message, String dedupKey) {
        Instant now = clock.instant();
        outbox.enqueue(chatId, MessageKind.NOTICE, message, dedupKey, MessageKind.NOTICE.defaultPriority(),
                settings.calendar().nextOpening(now, unit.zone()));
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
