package vn.doan.nhacviec.bot.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.reply.ParsedStatus;
import vn.doan.nhacviec.bot.reply.StatusTextParser;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.time.VietnamTime;

/** Reads a typed answer («đã họp 20/11, 18/25 đoàn viên») as the entry the status log keeps, on today's date. */
@Component
public class AnswerReader {

    /** «👍», «👌», «🙏» alone (any skin tone, repeated): "got it". */
    private static final Pattern THUMBS_UP = Pattern.compile("(?:[\\x{1F44D}\\x{1F44C}\\x{1F64F}][\\x{1F3FB}-\\x{1F3FF}]?\\x{FE0F}?\\s*)+");

    private final StatusTextParser parser;
    private final Clock clock;

    public AnswerReader(StatusTextParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    public Optional<StatusEntry> read(String text) {
        if (text != null && THUMBS_UP.matcher(text.strip()).matches()) {
            return Optional.of(StatusEntry.of(StatusMeaning.ACKNOWLEDGED));
        }
        return parser.parse(text, today()).map(AnswerReader::toEntry);
    }

    /** A day to postpone to, from a bare date («5/12») or a whole phrase («hoãn đến 5/12»). */
    public Optional<LocalDate> postponementDay(String text) {
        return parser.parse(text, today()).map(ParsedStatus::postponeTo)
                .or(() -> parser.parse("hoãn đến " + text, today()).map(ParsedStatus::postponeTo));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    static StatusEntry toEntry(ParsedStatus parsed) {
        return new StatusEntry(parsed.meaning(), parsed.quantity(), parsed.total(), parsed.doneOn(), parsed.postponeTo(), parsed.note());
    }
}
