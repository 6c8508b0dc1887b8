package vn.doan.nhacviec.bot.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.answer.ItemButtons;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.alert.BlockedChat;
import vn.doan.nhacviec.scheduler.alert.AlertTexts;
import vn.doan.nhacviec.scheduler.alert.PostponeRequest;
import vn.doan.nhacviec.scheduler.reminder.DueItem;
import vn.doan.nhacviec.scheduler.reminder.LateUnit;
import vn.doan.nhacviec.scheduler.reminder.ReminderTexts;

/**
 * Writes what the reminder engine decided to send, from the bundles, in the reader's language:
 * reminders number their items like {@code /viec} does, with the same answers.
 */
@Component
class BotReminderTexts implements ReminderTexts, AlertTexts {

    private final Messages messages;
    private final ItemFormatter items;
    private final ItemButtons buttons;

    BotReminderTexts(Messages messages, ItemFormatter items, ItemButtons buttons) {
        this.messages = messages;
        this.items = items;
        this.buttons = buttons;
    }

    @Override
    public OutgoingMessage reminder(String language, List<DueItem> due, int part, int parts, Instant now) {
        Locale locale = Messages.locale(language);
        boolean severalUnits = due.stream().map(item -> item.unit().id()).distinct().count() > 1;
        StringBuilder text = new StringBuilder(severalUnits
                ? messages.get(locale, "reminder.headerUnits", due.stream().map(i -> i.unit().id()).distinct().count())
                : messages.get(locale, "reminder.header", due.get(0).unit().name()));
        text.append(partLabel(locale, part, parts));
        int n = 1;
        for (DueItem item : due) {
            String line = items.line(locale, item.obligation(), item.occurrence(), item.unit().zone(), now);
            text.append('\n').append(n++).append(". ")
                    .append(severalUnits ? messages.get(locale, "reminder.unitLine", item.unit().name(), line) : line);
        }
        text.append("\n\n").append(messages.get(locale, "items.howToAnswer"));
        return new OutgoingMessage(text.toString(), buttons.forItems(locale, due.size()), null, null);
    }

    @Override
    public OutgoingMessage escalation(String language, List<LateUnit> lateUnits, int part, int parts, Instant now) {
        Locale locale = Messages.locale(language);
        StringBuilder text = new StringBuilder(messages.get(locale, "escalation.header")).append(partLabel(locale, part, parts));
        for (LateUnit late : lateUnits) {
            text.append('\n').append(messages.get(locale, "escalation.unit", late.unit().name(), late.unit().code()));
            for (DueItem item : late.items()) {
                text.append('\n').append(messages.get(locale, "escalation.item",
                        items.line(locale, item.obligation(), item.occurrence(), item.unit().zone(), now)));
            }
        }
        text.append("\n\n").append(messages.get(locale, "escalation.footer"));
        return OutgoingMessage.text(text.toString());
    }

    @Override
    public OutgoingMessage postponeRequest(String language, PostponeRequest request) {
        Locale locale = Messages.locale(language);
        String item = request.obligation().title() + " (" + items.periodLabel(locale, request.occurrence().periodKey()) + ")";
        String by = request.requestedBy() == null ? "" : " " + messages.get(locale, "notice.postponeBy", request.requestedBy());
        return OutgoingMessage.text(messages.get(locale, "notice.postpone", request.unit().name(), item,
                request.requestedDay().format(ItemFormatter.DATE), by, request.occurrence().lastDay().format(ItemFormatter.DATE)));
    }

    @Override
    public OutgoingMessage chatBlocked(String language, BlockedChat blocked) {
        Locale locale = Messages.locale(language);
        String units = blocked.units().stream().map(Unit::name).collect(Collectors.joining(", "));
        return OutgoingMessage.text(messages.get(locale, "notice.blocked", blocked.chatName(), units));
    }

    private String partLabel(Locale locale, int part, int parts) {
        return parts > 1 ? messages.get(locale, "reminder.part", part, parts) : "";
    }
}
