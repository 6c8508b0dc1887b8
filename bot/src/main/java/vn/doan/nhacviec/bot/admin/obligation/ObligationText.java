package vn.doan.nhacviec.bot.admin.obligation;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.Assignee;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.catalog.Source;

/** An obligation's definition as people read it: who, how often, by when, which reminders, from where. */
@Component
class ObligationText {

    private final Messages messages;

    ObligationText(Messages messages) {
        this.messages = messages;
    }

    String who(Locale locale, Assignee assignee) {
        if (assignee == null || assignee.levels().isEmpty()) {
            return "—";
        }
        String text = assignee.levels().stream().map(l -> messages.get(locale, "level." + l.code())).collect(Collectors.joining(", "));
        if (!assignee.tagsAll().isEmpty()) {
            text += " " + messages.get(locale, "obligation.who.with", "#" + String.join(" #", assignee.tagsAll()));
        }
        if (!assignee.tagsNone().isEmpty()) {
            text += " " + messages.get(locale, "obligation.who.without", "#" + String.join(" #", assignee.tagsNone()));
        }
        return text;
    }

    String every(Locale locale, Recurrence recurrence) {
        if (recurrence == null || recurrence.every() == null) {
            return "—";
        }
        String text = messages.get(locale, "obligation.every." + recurrence.every().name().toLowerCase(Locale.ROOT));
        if (recurrence.intervalOrOne() > 1) {
            text += " " + messages.get(locale, "obligation.every.interval", recurrence.intervalOrOne());
        }
        return text;
    }

    String deadline(Locale locale, Recurrence recurrence) {
        if (recurrence == null || recurrence.every() == null) {
            return "—";
        }
        if (recurrence.before() != null) {
            return messages.get(locale, "obligation.deadline.before", recurrence.before());
        }
        if (recurrence.window() != null) {
            return messages.get(locale, "obligation.deadline.window", recurrence.window());
        }
        if (recurrence.lastDay() != null) {
            return messages.get(locale, "obligation.deadline.lastDay", recurrence.lastDay());
        }
        return messages.get(locale, "obligation.deadline.endOfPeriod");
    }

    String reminders(Locale locale, String policy) {
        return policy == null ? messages.get(locale, "obligation.reminders.default") : policyName(locale, policy);
    }

    /** A reminder policy in the reader's words with the name to type ("gấp (gõ «gap»)"); a policy the bundles do not know, as configured. */
    String policyName(Locale locale, String policy) {
        String said = messages.getOrDefault(locale, "obligation.reminders.policy." + policy, policy);
        return said.equals(policy) ? policy : messages.get(locale, "obligation.reminders.named", said, policy);
    }

    String source(Source source) {
        if (source == null) {
            return "—";
        }
        return source.file() + " §" + source.section();
    }

    /** The fields a dialogue asks for, one per line. */
    String summary(Locale locale, ObligationDefinition definition) {
        return messages.get(locale, "obligation.summary", definition.title(), who(locale, definition.assignee()),
                every(locale, definition.recurrence()), deadline(locale, definition.recurrence()),
                reminders(locale, definition.reminderPolicy()));
    }
}
