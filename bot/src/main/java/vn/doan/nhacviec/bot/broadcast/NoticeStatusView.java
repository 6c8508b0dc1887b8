package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.broadcast.NoticeProgress.UnitProgress;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The sender's view of a notice: counts, the units that have not acknowledged, those that have; re-send and refresh answers. */
@Component
class NoticeStatusView {

    static final String TRACK_PREFIX = "nt";
    static final String RESEND_PREFIX = "nr";
    static final int MAX_NOT_YET = 25;
    static final int MAX_ACKNOWLEDGED = 10;
    static final int EXCERPT = 80;

    private final Messages messages;
    private final NoticeTimes times;
    private final Clock clock;

    NoticeStatusView(Messages messages, NoticeTimes times, Clock clock) {
        this.messages = messages;
        this.times = times;
        this.clock = clock;
    }

    /** The full view; {@code headline} (already in the reader's language) goes first when not null. */
    OutgoingMessage render(Locale locale, NoticeProgress progress, int nextRound, String headline) {
        Notice notice = progress.notice();
        StringBuilder text = new StringBuilder();
        if (headline != null) {
            text.append(headline).append('\n');
        }
        boolean scheduled = notice.sendAt().isAfter(clock.instant());
        text.append(t(locale, scheduled ? "notice.status.scheduled" : "notice.status.header", String.valueOf(notice.id()),
                progress.sender().name(), times.format(locale, notice.sendAt())));
        text.append('\n').append(t(locale, "notice.status.excerpt", excerpt(notice.body())));
        text.append('\n').append(t(locale, "notice.status.audience", notice.audience()));
        text.append('\n').append(t(locale, "notice.status.chats", progress.chats(), progress.chatsSent(), progress.chatsPending(),
                progress.chatsFailed(), progress.chatsAcknowledged()));
        text.append('\n').append(t(locale, "notice.status.units", progress.units().size(), progress.acknowledged().size(),
                progress.notYet().size()));
        if (notice.respondBy() != null) {
            text.append('\n').append(t(locale, "notice.status.deadline", times.format(locale, notice.respondBy())));
        }
        if (progress.resends() > 0) {
            text.append('\n').append(t(locale, "notice.status.resends", progress.resends()));
        }
        List<UnitProgress> notYet = progress.notYet();
        if (!notYet.isEmpty()) {
            text.append("\n\n").append(t(locale, "notice.status.notYetHeader", notYet.size()));
            notYet.stream().limit(MAX_NOT_YET).forEach(u -> text.append('\n').append(t(locale, "notice.status.lineNotYet",
                    u.unit().name(), u.unit().code(), t(locale, "notice.delivery." + u.delivery().name()))));
            more(locale, text, notYet.size() - MAX_NOT_YET);
        }
        List<UnitProgress> acknowledged = progress.acknowledged();
        if (!acknowledged.isEmpty()) {
            text.append("\n\n").append(t(locale, "notice.status.ackedHeader", acknowledged.size()));
            acknowledged.stream().limit(MAX_ACKNOWLEDGED).forEach(u -> text.append('\n').append(t(locale, "notice.status.lineAcked",
                    u.unit().name(), u.unit().code(), times.format(locale, u.acknowledgedAt()),
                    u.acknowledgedBy() == null ? "—" : u.acknowledgedBy())));
            more(locale, text, acknowledged.size() - MAX_ACKNOWLEDGED);
        }
        List<Choice> choices = new ArrayList<>();
        if (!notYet.isEmpty() && !scheduled) {
            choices.add(new Choice(t(locale, "notice.resendButton", notYet.size()), RESEND_PREFIX + ":" + notice.id() + ":" + nextRound));
        }
        choices.add(new Choice(t(locale, "notice.refreshButton"), TRACK_PREFIX + ":" + notice.id()));
        return new OutgoingMessage(text.toString(), choices, null, null);
    }

    /** One line of the sender's list of notices. */
    String listLine(Locale locale, NoticeProgress progress) {
        Notice notice = progress.notice();
        return t(locale, "notice.list.line", String.valueOf(notice.id()), times.format(locale, notice.sendAt()), excerpt(notice.body()),
                progress.acknowledged().size(), progress.units().size());
    }

    static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }

    private void more(Locale locale, StringBuilder text, int hidden) {
        if (hidden > 0) {
            text.append('\n').append(t(locale, "notice.status.more", hidden));
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
