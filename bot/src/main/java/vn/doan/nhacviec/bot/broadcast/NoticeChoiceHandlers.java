package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;

/**
 * The answers of notices: {@code ack:<notice>} (a recipient acknowledges),  {@code nt:<notice>} (show where it stands), {@code nr:<notice>:<round>}
 * (re-send to those who have not acknowledged; each round at most once).
 */
@Configuration(proxyBeanMethods = false)
class NoticeChoiceHandlers {

    @Bean
    ChoiceHandler acknowledgeNotice(NoticeAcknowledgements acknowledgements) {
        return handler(NoticeMessages.ACK_PREFIX, (caller, value) -> parseId(value).ifPresent(id -> acknowledgements.acknowledge(caller, id)));
    }

    @Bean
    ChoiceHandler trackNotice(TrackCommand track) {
        return handler(NoticeStatusView.TRACK_PREFIX, (caller, value) -> parseId(value).ifPresent(id -> track.show(caller, id)));
    }

    @Bean
    ChoiceHandler resendNotice(NoticeTracking tracking, NoticeSender sender, Messages messages, Outgoing outgoing,
                               ReminderSettings reminders, NoticeTimes times, Clock clock) {
        return handler(NoticeStatusView.RESEND_PREFIX, (caller, value) -> {
            String[] parts = value.split(":");
            if (parts.length != 2 || !parts[0].matches("\\d{1,12}") || !parts[1].matches("\\d{1,4}")) {
                return;
            }
            Notice notice = tracking.visibleTo(caller, Long.parseLong(parts[0]), NoticeSender.RESEND);
            NoticeSender.Resend resend = sender.resend(caller, notice, Integer.parseInt(parts[1]));
            String key = resend.alreadySent() ? "notice.resend.already" : resend.chats() == 0 ? "notice.resend.nobody" : "notice.resend.done";
            // outside sending hours the outbox holds a re-send until the window opens: say when it goes
            Instant opening = reminders.calendar().nextOpening(clock.instant(), NoticeTimes.ZONE);
            if (key.equals("notice.resend.done") && opening.isAfter(clock.instant())) {
                reply(outgoing, messages, caller, "notice.resend.waiting", String.valueOf(notice.id()), resend.chats(),
                        times.format(caller.locale(), opening));
                return;
            }
            reply(outgoing, messages, caller, key, String.valueOf(notice.id()), resend.chats());
        });
    }

    private static Optional<Long> parseId(String value) {
        return value.matches("\\d{1,12}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private static void reply(Outgoing outgoing, Messages messages, Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }

    private interface Action {
        void run(Caller caller, String value);
    }

    private static ChoiceHandler handler(String prefix, Action action) {
        return ChoiceHandler.of(prefix, (caller, value, messageOutboxId) -> action.run(caller, value));
    }
}
