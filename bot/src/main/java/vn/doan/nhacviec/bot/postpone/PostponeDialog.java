package vn.doan.nhacviec.bot.postpone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.dialog.DialogStep;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.reply.ParsedStatus;
import vn.doan.nhacviec.bot.reply.StatusTextParser;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * The one step after «Không đồng ý» (the reason, which the requester reads) or «Đề xuất ngày khác»
 * (the day proposed instead). The request is checked again when the answer comes: someone may have
 * decided it meanwhile.
 */
@Component
class PostponeDialog implements DialogStep {

    static final String KIND_PREFIX = "postpone.";
    static final String REASON = "postpone.reason";
    static final String DAY = "postpone.day";

    /** What the step remembers: the request being decided. */
    public record Waiting(long requestId) {
    }

    private final PostponeDecisions decisions;
    private final Dialogs dialogs;
    private final StatusTextParser parser;
    private final Messages messages;
    private final Outgoing outgoing;
    private final Clock clock;

    PostponeDialog(PostponeDecisions decisions, Dialogs dialogs, StatusTextParser parser, Messages messages, Outgoing outgoing,
                     Clock clock) {
        this.decisions = decisions;
        this.dialogs = dialogs;
        this.parser = parser;
        this.messages = messages;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    void askReason(Caller caller, long requestId) {
        decisions.decidable(caller, requestId, PostponeDecisions.DECLINE).ifPresent(request -> {
            dialogs.await(caller, REASON, new Waiting(requestId));
            reply(caller, "postpone.decline.ask", decisions.title(caller.locale(), request), request.unit().name());
        });
    }

    void askDay(Caller caller, long requestId) {
        decisions.decidable(caller, requestId, PostponeDecisions.COUNTER).ifPresent(request -> {
            dialogs.await(caller, DAY, new Waiting(requestId));
            reply(caller, "postpone.counter.ask", decisions.title(caller.locale(), request), request.unit().name());
        });
    }

    @Override
    public String kindPrefix() {
        return KIND_PREFIX;
    }

    @Override
    public boolean next(Caller caller, String kind, String payload, String text) {
        long requestId = dialogs.read(payload, Waiting.class).requestId();
        if (REASON.equals(kind)) {
            if (text.strip().matches("\\d{1,2}")) {
                // a number picks one of the answers offered, it is not a reason
                return false;
            }
            if (text.isBlank()) {
                reply(caller, "postpone.decline.ask.again");
                return true;
            }
            dialogs.end(caller);
            decisions.decline(caller, requestId, text);
            return true;
        }
        if (DAY.equals(kind)) {
            LocalDate today = LocalDate.now(clock.withZone(PostponeDecisions.VIETNAM));
            Optional<LocalDate> day = parser.parse("hoãn đến " + text, today).map(ParsedStatus::postponeTo)
                    .filter(d -> !d.isBefore(today));
            if (day.isEmpty()) {
                reply(caller, "postpone.counter.badDate", text.length() > 30 ? text.substring(0, 30) + "…" : text);
                return true;
            }
            dialogs.end(caller);
            decisions.counter(caller, requestId, day.get());
            return true;
        }
        return false;
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
