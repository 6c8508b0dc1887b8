package vn.doan.nhacviec.bot.alerts;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.scheduler.alert.FailedDelivery;
import vn.doan.nhacviec.scheduler.alert.FailedDeliveryTexts;

/** The notice to a unit's superiors that its reminders could not be delivered. */
@Component
class FailedDeliveryWords implements FailedDeliveryTexts {

    private final Messages messages;

    FailedDeliveryWords(Messages messages) {
        this.messages = messages;
    }

    @Override
    public OutgoingMessage deliveryFailed(String language, FailedDelivery failed) {
        Locale locale = Messages.locale(language);
        String units = failed.units().stream().map(Unit::name).collect(Collectors.joining(", "));
        return OutgoingMessage.text(messages.get(locale, "notice.deliveryFailed", failed.chatName(), units));
    }
}
