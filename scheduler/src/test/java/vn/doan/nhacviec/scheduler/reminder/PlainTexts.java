package vn.doan.nhacviec.scheduler.reminder;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.alert.BlockedChat;
import vn.doan.nhacviec.scheduler.alert.AlertTexts;
import vn.doan.nhacviec.scheduler.alert.PostponeRequest;

/**
 * Texts the tests can read back: one line per item, {@code item <occurrence> <stage> <unit code>}.
 * The real words are the bot's and are tested there.
 */
final class PlainTexts implements ReminderTexts, AlertTexts {

    /** A reminder numbers its items, so its answers are button shortcuts, never numbered options. */
    static final List<OutgoingMessage.Choice> ANSWERS = List.of(
            OutgoingMessage.Choice.button("done", "n:1:D"), OutgoingMessage.Choice.button("more", "n:1"));

    @Override
    public OutgoingMessage reminder(String language, List<DueItem> items, int part, int parts, Instant now) {
        String lines = items.stream().map(PlainTexts::line).collect(Collectors.joining("\n"));
        return new OutgoingMessage("reminder " + language + " " + part + "/" + parts + "\n" + lines, ANSWERS, null, null);
    }

    @Override
    public OutgoingMessage escalation(String language, List<LateUnit> lateUnits, int part, int parts, Instant now) {
        StringBuilder text = new StringBuilder("escalation " + language + " " + part + "/" + parts);
        for (LateUnit late : lateUnits) {
            text.append("\nunit ").append(late.unit().code());
            late.items().forEach(item -> text.append('\n').append(line(item)));
        }
        return OutgoingMessage.text(text.toString());
    }

    @Override
    public OutgoingMessage postponeRequest(String language, PostponeRequest request) {
        return OutgoingMessage.text("postpone " + request.unit().code() + " " + request.occurrence().id() + " "
                + request.requestedDay() + " by " + request.requestedBy());
    }

    @Override
    public OutgoingMessage chatBlocked(String language, BlockedChat blocked) {
        return OutgoingMessage.text("blocked " + blocked.chatName() + " "
                + blocked.units().stream().map(u -> u.code()).collect(Collectors.joining(",")));
    }

    private static String line(DueItem item) {
        return "item " + item.occurrence().id() + " " + item.stage().key() + " " + item.unit().code();
    }
}
