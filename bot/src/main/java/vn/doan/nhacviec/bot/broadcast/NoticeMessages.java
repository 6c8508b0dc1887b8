package vn.doan.nhacviec.bot.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The notice as a recipient reads it, in the recipient chat's language, with its "acknowledge" answer. */
@Component
class NoticeMessages {

    static final String ACK_PREFIX = "ack";

    private final Messages messages;
    private final NoticeTimes times;

    NoticeMessages(Messages messages, NoticeTimes times) {
        this.messages = messages;
        this.times = times;
    }

    /**
     * @param noticeId the stored notice, or null for a preview (no answer offered)
     * @param round    0 for the notice, 1, 2, ... for re-sends (marked as such)
     */
    OutgoingMessage forRecipient(Locale locale, String senderName, String body, Attachment attachment, Instant respondBy,
                                 Long noticeId, int round) {
        StringBuilder text = new StringBuilder();
        if (round > 0) {
            text.append(messages.get(locale, "notice.resendHeader")).append('\n');
        }
        text.append(messages.get(locale, "notice.header", senderName)).append("\n\n").append(body);
        if (respondBy != null) {
            text.append("\n\n").append(messages.get(locale, "notice.respondBy", times.format(locale, respondBy)));
        }
        text.append("\n\n").append(messages.get(locale, "notice.ackHint"));
        List<Choice> choices = noticeId == null ? List.of()
                : List.of(new Choice(messages.get(locale, "notice.ackButton"), ACK_PREFIX + ":" + noticeId));
        return new OutgoingMessage(text.toString(), choices, attachment, null);
    }
}
