package vn.doan.nhacviec.bot.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * The answers offered as choices, and what their data says (Telegram allows 64 bytes):
 * <ul>
 *   <li>{@code n:<number>} and {@code n:<number>:<code>}: a number shown on the message the button
 *       is on, as if typed («2» or «2 xong»): the same path as a typed number;</li>
 *   <li>{@code i:<occurrence>:<code>}: an answer about one item (the options of an item's menu);</li>
 *   <li>{@code a:<code>} and {@code pick:<occurrence>}: buttons of messages sent before numbers meant
 *       one thing, still answered sensibly.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AnswerChoices {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})(?::([A-Z]))?");
    private static final Pattern ITEM = Pattern.compile("(\\d{1,18}):([A-Z])");

    static String number(int position) {
        return "n:" + position;
    }

    static String number(int position, AnswerCode code) {
        return "n:" + position + ":" + code.code();
    }

    static String item(long occurrenceId, AnswerCode code) {
        return "i:" + occurrenceId + ":" + code.code();
    }

    /** The item an {@code i:} choice answers about. */
    static Optional<Long> itemOf(String data) {
        if (data == null || !data.startsWith("i:")) {
            return Optional.empty();
        }
        Matcher item = ITEM.matcher(data.substring(2));
        return item.matches() ? Optional.of(Long.parseLong(item.group(1))) : Optional.empty();
    }

    @Bean
    ChoiceHandler numberOnMessage(NumberedItems numbers) {
        return ChoiceHandler.of("n", (caller, value, outboxId) -> {
            Matcher number = NUMBER.matcher(value);
            if (number.matches()) {
                numbers.press(caller, outboxId, Integer.parseInt(number.group(1)),
                        Optional.ofNullable(number.group(2)).flatMap(AnswerCode::of));
            }
        });
    }

    @Bean
    ChoiceHandler answerAboutItem(AnswerService answers, OccurrenceRepository occurrences) {
        return ChoiceHandler.of("i", (caller, value, outboxId) -> {
            Matcher item = ITEM.matcher(value);
            Optional<AnswerCode> code = item.matches() ? AnswerCode.of(item.group(2)) : Optional.empty();
            if (code.isEmpty()) {
                return;
            }
            occurrences.findById(Long.parseLong(item.group(1))).ifPresentOrElse(
                    o -> answers.record(caller, o, StatusEntry.of(code.get().meaning()), code.get().rawText(), outboxId),
                    () -> answers.expired(caller));
        });
    }

    @Bean
    ChoiceHandler answerToMessage(NumberedItems numbers) {
        return ChoiceHandler.of("a", (caller, value, outboxId) ->
                AnswerCode.of(value).ifPresent(code -> numbers.answerAll(caller, outboxId, code)));
    }

    @Bean
    ChoiceHandler oldPicker(AnswerService answers) {
        return ChoiceHandler.of("pick", (caller, value, outboxId) -> answers.expired(caller));
    }
}
