package vn.doan.nhacviec.bot.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.answer.AnswerReader;
import vn.doan.nhacviec.bot.core.TextClaim;
import vn.doan.nhacviec.data.notice.NoticeRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * «đã nhận», «nhận được», «ok», «👍» in a chat that has a notice it has not acknowledged acknowledge
 * that notice (the one replied to, else the latest), for as long as it waits, not only through its
 * button or number.
 */
@Component
class AcknowledgementByText implements TextClaim {

    /** As long as a notice waits for its acknowledgement in a chat. */
    static final Duration OPEN_FOR = Duration.ofDays(30);

    private final AnswerReader reader;
    private final NoticeAcknowledgements acknowledgements;
    private final NoticeRepository notices;
    private final Clock clock;

    AcknowledgementByText(AnswerReader reader, NoticeAcknowledgements acknowledgements,
                          NoticeRepository notices, Clock clock) {
        this.reader = reader;
        this.acknowledgements = acknowledgements;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public boolean claim(Caller caller, String text, Long answeredMessage) {
        boolean acknowledges = reader.read(text).filter(entry -> entry.meaning() == StatusMeaning.ACKNOWLEDGED).isPresent();
        if (!acknowledges) {
            return false;
        }
        List<Long> waiting = notices.awaitingAcknowledgement(caller.chat().id(), clock.millis() - OPEN_FOR.toMillis(), answeredMessage);
        if (waiting.isEmpty()) {
            return false;
        }
        acknowledgements.acknowledge(caller, waiting.get(0));
        return true;
    }
}
