package vn.doan.nhacviec.bot.answer;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.conversation.ChoiceHandler;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * The one-tap answers. {@code a:<code>} answers about the items of the message it was offered on;
 * {@code i:<occurrence>:<code>} about one item; {@code pick:<occurrence>} says which item a pending
 * answer was about.
 */
@Configuration(proxyBeanMethods = false)
class AnswerChoiceHandlers {

    @Bean
    ChoiceHandler answerToMessage(AnswerService answers) {
        return handler("a", (caller, value, outboxId) -> {
            Optional<AnswerCode> code = AnswerCode.of(value);
            if (code.isEmpty()) {
                return;
            }
            answers.answer(caller, answers.candidates(caller, outboxId), StatusEntry.of(code.get().meaning()), label(code.get()), outboxId);
        });
    }

    @Bean
    ChoiceHandler answerToItem(AnswerService answers, OccurrenceRepository occurrences) {
        return handler("i", (caller, value, outboxId) -> {
            String[] parts = value.split(":");
            Optional<AnswerCode> code = parts.length == 2 ? AnswerCode.of(parts[1]) : Optional.empty();
            Optional<Long> id = parts.length == 2 && parts[0].matches("\\d{1,18}") ? Optional.of(Long.parseLong(parts[0])) : Optional.empty();
            if (code.isPresent() && id.isPresent()) {
                occurrences.findById(id.get()).ifPresent(o ->
                        answers.answer(caller, List.of(o), StatusEntry.of(code.get().meaning()), label(code.get()), outboxId));
            }
        });
    }

    @Bean
    ChoiceHandler pickItem(AnswerService answers) {
        return handler("pick", (caller, value, outboxId) -> {
            if (value.matches("\\d{1,18}")) {
                answers.pickItem(caller, Long.parseLong(value));
            }
        });
    }

    /** What the log keeps as the raw text of a tapped answer. */
    private static String label(AnswerCode code) {
        return "[" + code.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }

    private interface Action {
        void run(vn.doan.nhacviec.bot.access.Caller caller, String value, Long outboxId);
    }

    private static ChoiceHandler handler(String prefix, Action action) {
        return new ChoiceHandler() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void handle(vn.doan.nhacviec.bot.access.Caller caller, String value, Long messageOutboxId) {
                action.run(caller, value, messageOutboxId);
            }
        };
    }
}
