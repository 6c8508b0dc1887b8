package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.dialog.DialogStep;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.text.Folded;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.scheduler.reminder.SendingCalendar;

/**
 * The guided {@code /thongbao} dialogue: the text (and, in the terminal, a file by its path), then
 * the recipients, then a preview with the number of chats, then send now, at a chosen time, or
 * cancel; a response deadline can be added before sending. Each step waits in the dialogue state;
 * the offered answers work as buttons and as typed numbers, through the dialogue engine ({@code dlg:<value>}).
 */
@Component
class BroadcastDialog implements DialogStep {

    static final String KIND_PREFIX = "notice.";
    static final int MAX_BODY = 1500;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final Pattern FILE_LINE = Pattern.compile("^(tep|file|dinh kem|attach)\\s*:.*");
    /** The values of the answers this dialogue offers, as its buttons (and their numbers) send them. */
    private static final Pattern OFFERED = Pattern.compile("no|now|at|dl|night|morning|(?:all|lvl|tag):\\S{1,40}");
    private static final Set<String> SEND = Set.of("gui", "gui ngay", "gui di", "ok", "dong y", "send", "send now", "yes");
    private static final Set<String> SEND_AT_NIGHT = Set.of("gui", "gui ngay", "gui di", "gui ngay bay gio", "bay gio", "ngay",
            "ngoai gio", "send", "send now", "now");
    private static final Set<String> SEND_IN_MORNING = Set.of("mai", "sang mai", "7:30", "7h30", "tomorrow", "morning", "sau");
    private static final int MAX_TAG_CHOICES = 8;

    enum Step {
        TEXT, AUDIENCE, CONFIRM, SEND_AT, RESPOND_BY, OUTSIDE_HOURS;

        String kind() {
            return KIND_PREFIX + name().toLowerCase(Locale.ROOT);
        }

        static Optional<Step> of(String kind) {
            return Arrays.stream(values()).filter(s -> s.kind().equals(kind)).findFirst();
        }
    }

    private final Dialogs dialogs;
    private final AudienceResolver audiences;
    private final NoticeSender sender;
    private final NoticeAttachments attachments;
    private final NoticeMessages notices;
    private final NoticeTimes times;
    private final SendingCalendar calendar;
    private final UnitScope scope;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Clock clock;

    BroadcastDialog(Dialogs dialogs, AudienceResolver audiences, NoticeSender sender, NoticeAttachments attachments,
                    NoticeMessages notices, NoticeTimes times, ReminderSettings reminders, UnitScope scope, Messages messages,
                    Outgoing outgoing, Clock clock) {
        this.dialogs = dialogs;
        this.audiences = audiences;
        this.sender = sender;
        this.attachments = attachments;
        this.notices = notices;
        this.times = times;
        this.calendar = reminders.calendar();
        this.scope = scope;
        this.messages = messages;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** {@code /thongbao [text]}: asks for the text, or with the text given goes on to the recipients. */
    void start(Caller caller, String text) {
        scope.namedOrTop(caller, null, Role.STAFF, "broadcast.create");
        if (text.isBlank()) {
            save(caller, Step.TEXT, BroadcastDraft.empty());
            reply(caller, "broadcast.askText");
            return;
        }
        acceptText(caller, BroadcastDraft.empty(), text);
    }

    @Override
    public String kindPrefix() {
        return KIND_PREFIX;
    }

    private boolean handles(String kind) {
        return kind.startsWith(KIND_PREFIX);
    }

    @Override
    public boolean next(Caller caller, String kind, String payload, String text) {
        Optional<Step> step = Step.of(kind);
        if (step.isEmpty()) {
            return false;
        }
        BroadcastDraft draft = read(payload);
        if (step.get() != Step.TEXT && OFFERED.matcher(text).matches()) {
            chosen(caller, step.get(), draft, text);
            return true;
        }
        String folded = Folded.of(text);
        if (step.get() != Step.TEXT && folded.matches("\\d{1,3}")) {
            return false;
        }
        switch (step.get()) {
            case TEXT -> acceptText(caller, draft, text);
            case AUDIENCE -> acceptAudience(caller, draft, audiences.parse(caller, text));
            case CONFIRM -> confirmByText(caller, draft, folded, text);
            case SEND_AT -> scheduleAt(caller, draft, text);
            case RESPOND_BY -> setRespondBy(caller, draft, text);
            case OUTSIDE_HOURS -> outsideHoursByText(caller, draft, folded);
        }
        return true;
    }

    /** An answer offered by this dialogue was chosen (a button or its number: {@code dlg:<value>}). */
    private void chosen(Caller caller, Step step, BroadcastDraft draft, String value) {
        if (value.equals("no")) {
            cancel(caller);
        } else if (step == Step.AUDIENCE && picked(value).isPresent()) {
            acceptAudience(caller, draft, picked(value).get());
        } else if (step == Step.CONFIRM && value.equals("now")) {
            sendNow(caller, draft);
        } else if (step == Step.OUTSIDE_HOURS && value.equals("night")) {
            send(caller, draft, clock.instant(), true);
        } else if (step == Step.OUTSIDE_HOURS && value.equals("morning")) {
            send(caller, draft, nextOpening(), false);
        } else if (step == Step.CONFIRM && value.equals("at")) {
            save(caller, Step.SEND_AT, draft);
            reply(caller, "broadcast.askSendAt", hour(calendar.windowStart()), hour(calendar.windowEnd()));
        } else if (step == Step.CONFIRM && value.equals("dl")) {
            save(caller, Step.RESPOND_BY, draft);
            reply(caller, "broadcast.askRespondBy");
        } else {
            reply(caller, "broadcast.expired");
        }
    }

    private void acceptText(Caller caller, BroadcastDraft draft, String text) {
        StringBuilder body = new StringBuilder();
        Attachment attachment = draft.attachment();
        for (String line : text.split("\\R")) {
            if (FILE_LINE.matcher(Folded.of(line)).matches()) {
                if (!"console".equals(caller.chat().channel())) {
                    throw new UserError("broadcast.fileTerminalOnly");
                }
                attachment = attachments.fromPath(line.substring(line.indexOf(':') + 1));
            } else {
                body.append(line).append('\n');
            }
        }
        String clean = body.toString().strip();
        if (clean.length() > MAX_BODY) {
            throw new UserError("broadcast.tooLong", MAX_BODY);
        }
        if (clean.isEmpty()) {
            save(caller, Step.TEXT, draft.withBody(null, attachment));
            reply(caller, "broadcast.askText");
            return;
        }
        askAudience(caller, draft.withBody(clean, attachment));
    }

    private void askAudience(Caller caller, BroadcastDraft draft) {
        save(caller, Step.AUDIENCE, draft);
        List<Unit> roots = scope.roots(caller, Role.STAFF);
        List<Choice> choices = new ArrayList<>();
        roots.stream().limit(3).forEach(root -> choices.add(new Choice(text(caller, "broadcast.choice.all", root.name()),
                Dialogs.CHOICE_PREFIX + ":all:" + root.id())));
        for (Level level : audiences.levelsBelow(roots.get(0))) {
            choices.add(new Choice(text(caller, "broadcast.choice.level", text(caller, "level." + level.code())),
                    Dialogs.CHOICE_PREFIX + ":lvl:" + level.name()));
        }
        audiences.tagsOf(caller).stream().filter(tag -> tag.length() <= 50).limit(MAX_TAG_CHOICES)
                .forEach(tag -> choices.add(new Choice("#" + tag, Dialogs.CHOICE_PREFIX + ":tag:" + tag)));
        choices.add(new Choice(text(caller, "broadcast.choice.cancel"), Dialogs.CHOICE_PREFIX + ":no"));
        outgoing.send(caller.chat(), new OutgoingMessage(text(caller, "broadcast.askAudience", roots.get(0).code()), choices, null, null));
    }

    private void acceptAudience(Caller caller, BroadcastDraft draft, AudienceChoice choice) {
        ResolvedAudience audience = audiences.resolve(caller, choice);
        if (audience.chatIds().isEmpty()) {
            reply(caller, "broadcast.noChats", audience.unitIds().size());
            askAudience(caller, draft);
            return;
        }
        BroadcastDraft next = draft.withAudience(choice);
        save(caller, Step.CONFIRM, next);
        preview(caller, next, audience);
    }

    private void preview(Caller caller, BroadcastDraft draft, ResolvedAudience audience) {
        Instant respondBy = draft.respondBy() == null ? null : Instant.ofEpochMilli(draft.respondBy());
        OutgoingMessage notice = notices.forRecipient(caller.locale(), audience.sender().name(), draft.body(), draft.attachment(),
                respondBy, null, 0);
        StringBuilder text = new StringBuilder(text(caller, "broadcast.preview.header"))
                .append("\n────────\n").append(notice.text()).append("\n────────\n")
                .append(text(caller, "broadcast.preview.recipients", audience.chatIds().size(), audience.unitsWithChat(),
                        audience.description()));
        if (audience.unitsWithoutChat() > 0) {
            text.append('\n').append(text(caller, "broadcast.preview.unitsWithoutChat", audience.unitsWithoutChat()));
        }
        if (draft.attachment() != null) {
            text.append('\n').append(text(caller, "broadcast.preview.file", draft.attachment().fileName()));
        }
        text.append('\n').append(respondBy == null ? text(caller, "broadcast.preview.noDeadline")
                : text(caller, "broadcast.preview.deadline", times.format(caller.locale(), respondBy)));
        text.append("\n\n").append(text(caller, "broadcast.preview.question"));
        List<Choice> choices = List.of(
                new Choice(text(caller, "broadcast.choice.now"), Dialogs.CHOICE_PREFIX + ":now"),
                new Choice(text(caller, "broadcast.choice.at"), Dialogs.CHOICE_PREFIX + ":at"),
                new Choice(text(caller, "broadcast.choice.deadline"), Dialogs.CHOICE_PREFIX + ":dl"),
                new Choice(text(caller, "broadcast.choice.cancel"), Dialogs.CHOICE_PREFIX + ":no"));
        outgoing.send(caller.chat(), new OutgoingMessage(text.toString(), choices, draft.attachment(), null));
    }

    private void confirmByText(Caller caller, BroadcastDraft draft, String folded, String text) {
        if (SEND.contains(folded)) {
            sendNow(caller, draft);
        } else if (folded.startsWith("hen") || folded.startsWith("at ")) {
            scheduleAt(caller, draft, text);
        } else if (folded.startsWith("han") || folded.startsWith("deadline")) {
            setRespondBy(caller, draft, text);
        } else {
            reply(caller, "broadcast.confirmHelp");
        }
    }

    private void scheduleAt(Caller caller, BroadcastDraft draft, String text) {
        Optional<WhenParser.When> when = WhenParser.parse(text, today());
        if (when.isEmpty()) {
            save(caller, Step.SEND_AT, draft);
            reply(caller, "broadcast.askSendAtAgain");
            return;
        }
        LocalTime time = when.get().time() == null ? calendar.windowStart() : when.get().time();
        ZonedDateTime local = when.get().date().atTime(time).atZone(NoticeTimes.ZONE);
        Instant at = local.toInstant();
        if (!at.isAfter(clock.instant())) {
            save(caller, Step.SEND_AT, draft);
            reply(caller, "broadcast.inPast", times.format(caller.locale(), at));
            return;
        }
        if (!calendar.windowOpen(local)) {
            save(caller, Step.SEND_AT, draft);
            String day = local.toLocalDate().format(DAY);
            if (calendar.quietDays().isQuiet(local.toLocalDate())) {
                reply(caller, "broadcast.quietDay", day, hour(calendar.windowStart()), hour(calendar.windowEnd()));
            } else {
                reply(caller, "broadcast.outsideWindow", hour(time), day, hour(calendar.windowStart()), hour(calendar.windowEnd()));
            }
            return;
        }
        send(caller, draft, at, false);
    }

    /**
     * «Gửi ngay»: at once inside the sending window; outside it the sender chooses between now
     * (outside hours, on purpose) and the window's next opening.
     */
    private void sendNow(Caller caller, BroadcastDraft draft) {
        if (calendar.windowOpen(clock.instant().atZone(NoticeTimes.ZONE))) {
            send(caller, draft, clock.instant(), false);
            return;
        }
        save(caller, Step.OUTSIDE_HOURS, draft);
        String opening = openingWords(caller);
        List<Choice> choices = List.of(
                new Choice(text(caller, "broadcast.choice.night"), Dialogs.CHOICE_PREFIX + ":night"),
                new Choice(text(caller, "broadcast.choice.morning", opening), Dialogs.CHOICE_PREFIX + ":morning"));
        outgoing.send(caller.chat(), new OutgoingMessage(text(caller, "broadcast.outsideHours", hour(calendar.windowStart()),
                hour(calendar.windowEnd()), opening), choices, null, null));
    }

    private void outsideHoursByText(Caller caller, BroadcastDraft draft, String folded) {
        if (SEND_IN_MORNING.contains(folded)) {
            send(caller, draft, nextOpening(), false);
        } else if (SEND_AT_NIGHT.contains(folded)) {
            send(caller, draft, clock.instant(), true);
        } else {
            save(caller, Step.OUTSIDE_HOURS, draft);
            reply(caller, "broadcast.outsideHoursHelp", openingWords(caller));
        }
    }

    private Instant nextOpening() {
        return calendar.nextOpening(clock.instant(), NoticeTimes.ZONE);
    }

    /** "7:30 sáng mai (26/11)", "7:30 sáng nay (25/11)" after midnight, or "7:30 ngày 28/11/2026" after holidays. */
    private String openingWords(Caller caller) {
        ZonedDateTime opening = nextOpening().atZone(NoticeTimes.ZONE);
        String time = hour(opening.toLocalTime());
        LocalDate day = opening.toLocalDate();
        String dayMonth = day.format(DAY_MONTH);
        if (day.equals(today())) {
            return text(caller, "broadcast.thisMorning", time, dayMonth);
        }
        return day.equals(today().plusDays(1)) ? text(caller, "broadcast.tomorrowMorning", time, dayMonth)
                : text(caller, "broadcast.onDay", time, day.format(DAY));
    }

    private static String hour(LocalTime time) {
        return time.format(HOUR);
    }

    private void setRespondBy(Caller caller, BroadcastDraft draft, String text) {
        Optional<WhenParser.When> when = WhenParser.parse(text, today());
        if (when.isEmpty()) {
            save(caller, Step.RESPOND_BY, draft);
            reply(caller, "broadcast.askRespondByAgain");
            return;
        }
        Instant by = when.get().time() == null
                ? when.get().date().plusDays(1).atStartOfDay(NoticeTimes.ZONE).toInstant()
                : when.get().date().atTime(when.get().time()).atZone(NoticeTimes.ZONE).toInstant();
        if (!by.isAfter(clock.instant())) {
            save(caller, Step.RESPOND_BY, draft);
            reply(caller, "broadcast.inPast", times.format(caller.locale(), by));
            return;
        }
        BroadcastDraft next = draft.withRespondBy(by.toEpochMilli());
        save(caller, Step.CONFIRM, next);
        preview(caller, next, audiences.resolve(caller, next.audience()));
    }

    private void send(Caller caller, BroadcastDraft draft, Instant at, boolean anyHour) {
        if (draft.respondBy() != null && draft.respondBy() <= at.toEpochMilli()) {
            save(caller, Step.CONFIRM, draft);
            reply(caller, "broadcast.deadlineBeforeSend");
            return;
        }
        // the recipients are looked up again: the tree or the chats may have changed since the preview
        ResolvedAudience audience = audiences.resolve(caller, draft.audience());
        if (audience.chatIds().isEmpty()) {
            dialogs.end(caller);
            reply(caller, "broadcast.noChats", audience.unitIds().size());
            return;
        }
        long id = sender.send(caller, draft, audience, at, anyHour);
        dialogs.end(caller);
        boolean later = at.isAfter(clock.instant());
        String text = later
                ? text(caller, "broadcast.scheduled", String.valueOf(id), times.format(caller.locale(), at), audience.chatIds().size(),
                        audience.unitsWithChat())
                : text(caller, "broadcast.sent", String.valueOf(id), audience.chatIds().size(), audience.unitsWithChat());
        // no answers on this one: a number typed next still acknowledges the notice if the sender's own chat got it
        outgoing.send(caller.chat(), OutgoingMessage.text(text));
    }

    private void cancel(Caller caller) {
        dialogs.end(caller);
        reply(caller, "broadcast.cancelled");
    }

    private static Optional<AudienceChoice> picked(String value) {
        String[] parts = value.split(":", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return switch (parts[0]) {
                case "all" -> Optional.of(AudienceChoice.wholeSubtree(Long.parseLong(parts[1])));
                case "lvl" -> Optional.of(AudienceChoice.level(Level.valueOf(parts[1])));
                case "tag" -> Optional.of(AudienceChoice.tag(parts[1]));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NoticeTimes.ZONE));
    }

    private void save(Caller caller, Step step, BroadcastDraft draft) {
        dialogs.await(caller, step.kind(), draft);
    }

    private BroadcastDraft read(String payload) {
        return dialogs.read(payload, BroadcastDraft.class);
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(text(caller, key, args)));
    }

    private String text(Caller caller, String key, Object... args) {
        return messages.get(caller.locale(), key, args);
    }
}
