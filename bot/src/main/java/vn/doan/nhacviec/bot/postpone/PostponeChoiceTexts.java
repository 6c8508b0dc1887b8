package vn.doan.nhacviec.bot.postpone;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.scheduler.alert.PostponeChoices;

/** «Đồng ý» / «Không đồng ý» / «Đề xuất ngày khác» on the request a supervisor receives. */
@Component
class PostponeChoiceTexts implements PostponeChoices {

    private final Messages messages;

    PostponeChoiceTexts(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Choice> forRequest(String language, long requestId) {
        Locale locale = Messages.locale(language);
        return List.of(
                new Choice(messages.get(locale, "postpone.choice.approve"), PostponeChoiceHandler.data(PostponeChoiceHandler.APPROVE, requestId)),
                new Choice(messages.get(locale, "postpone.choice.decline"), PostponeChoiceHandler.data(PostponeChoiceHandler.DECLINE, requestId)),
                new Choice(messages.get(locale, "postpone.choice.counter"), PostponeChoiceHandler.data(PostponeChoiceHandler.COUNTER, requestId)));
    }
}
