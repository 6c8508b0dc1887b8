package vn.doan.nhacviec.bot.reply;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import vn.doan.nhacviec.bot.reply.MentionScanner.Mentions;
import vn.doan.nhacviec.bot.reply.MentionScanner.Quantity;
import vn.doan.nhacviec.bot.reply.StatusRules.Match;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * Reads a secretary's few-word reply to a reminder ("đã họp 20/11, 18/25 đoàn viên", "chua xong",
 * "hoan den 5.12") into a {@link ParsedStatus}. Stateless and thread-safe; never throws for any text.
 *
 * <p>How a reply is read:
 * <ol>
 *   <li>Replies that are null, longer than {@value #MAX_LENGTH} characters, or have no letters or
 *       digits are not understood.</li>
 *   <li>The reply is {@linkplain NormalizedText normalised} (lower case, no diacritics, tolerant of
 *       punctuation, emoji, markup and control characters).</li>
 *   <li>A reason clause ("vì mưa bão", "do thiếu kinh phí", up to the next comma or full stop) becomes
 *       the note, and dates and counts are not taken from it.</li>
 *   <li>Dates and counts are found by {@link MentionScanner} (which documents when "a/b" is a date and
 *       when it is a fraction).</li>
 *   <li>The meaning is the first matching rule of the ordered {@linkplain StatusRules rule table}
 *       (which documents the priority); no match means not understood.</li>
 *   <li>Fields follow the meaning: DONE and PROGRESS get the count and the first date that can be a
 *       past day (not after today); POSTPONE gets the last date that can be a coming day (not before
 *       today; the last, because "dời họp 25/11 sang 28/11" names the old day first), or none. The note
 *       is the reason clause, else whatever the matching rule keeps ({@link StatusRules.Note}).</li>
 * </ol>
 */
@org.springframework.stereotype.Component
public final class StatusTextParser {

    /** Longer replies are not status replies (a pasted document, a forwarded message). */
    public static final int MAX_LENGTH = 500;

    /**
     * @param text  the reply as the secretary typed it; may be null or anything at all
     * @param today the day the reply is read, in Vietnam time; dates without a year are placed relative
     *              to it
     * @return what the reply says, or empty when it is not understood as a status reply
     */
    public Optional<ParsedStatus> parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        NormalizedText normalized = NormalizedText.of(text);
        String plain = normalized.text();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Span reason = reasonClause(plain);
        Mentions mentions = MentionScanner.scan(plain, reason.start(), reason.end());
        Optional<Quantity> count = mentions.reported();
        return StatusRules.firstMatch(plain, count.isPresent())
                .map(match -> build(match, normalized, reason, mentions, count, today));
    }

    private static ParsedStatus build(Match match, NormalizedText normalized, Span reason, Mentions mentions,
                                      Optional<Quantity> count, LocalDate today) {
        StatusMeaning meaning = match.rule().meaning();
        boolean reportsWork = meaning == StatusMeaning.DONE || meaning == StatusMeaning.PROGRESS;
        Optional<Quantity> reported = count.filter(q -> reportsWork);
        return new ParsedStatus(
                meaning,
                reported.map(Quantity::value).orElse(null),
                reported.map(Quantity::total).orElse(null),
                reportsWork ? days(mentions, d -> d.onOrBefore(today)).findFirst().orElse(null) : null,
                meaning == StatusMeaning.POSTPONE ? days(mentions, d -> d.onOrAfter(today)).reduce((first, later) -> later).orElse(null) : null,
                note(match, normalized, reason));
    }

    private static Stream<LocalDate> days(Mentions mentions, Function<DateMention, Optional<LocalDate>> resolve) {
        return mentions.dates().stream().map(resolve).flatMap(Optional::stream);
    }

    private static String note(Match match, NormalizedText normalized, Span reason) {
        if (!reason.isEmpty()) {
            return normalized.originalSlice(reason.start(), reason.end());
        }
        int length = normalized.text().length();
        return switch (match.rule().note()) {
            case NONE -> null;
            case WHOLE_REPLY -> normalized.originalSlice(0, length);
            case AROUND_TRIGGER -> Optional.ofNullable(normalized.originalSlice(match.end(), length))
                    .orElseGet(() -> normalized.originalSlice(0, match.start()));
        };
    }

    /** The reason clause: from the first reason word to the next clause end; empty when there is none. */
    private static Span reasonClause(String plain) {
        Matcher start = StatusRules.REASON_START.matcher(plain);
        if (!start.find()) {
            return new Span(0, 0);
        }
        Matcher end = StatusRules.CLAUSE_END.matcher(plain);
        return new Span(start.start(), end.find(start.end()) ? end.start() : plain.length());
    }

    private record Span(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }
}
