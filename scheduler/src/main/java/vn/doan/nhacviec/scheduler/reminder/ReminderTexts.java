package vn.doan.nhacviec.scheduler.reminder;

import java.time.Instant;
import java.util.List;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * The words of reminders, in the reader's language. The scheduler decides what is sent to whom
 * and when; the bot, which owns the bundles and the one-tap answers, writes it.
 */
public interface ReminderTexts {

    /**
     * A chat's reminder: the items numbered from 1 in the given order, each with its title, period and
     * deadline or lateness; its numbers are those items (the writer records them), so it offers no
     * numbered options, only button shortcuts per item where the channel has buttons.
     *
     * @param language {@code vi} or {@code en} with the chat it is read in, as a
     *                 {@link vn.doan.nhacviec.data.chat.ReaderLanguage} tag ({@code vi-x-zalo-group})
     * @param part     1-based part number when the items did not fit in one message
     * @param parts    how many parts (1 when not split)
     */
    OutgoingMessage reminder(String language, List<DueItem> items, int part, int parts, Instant now);

    /** To a supervising unit's chat: the units that are late, each with its overdue items; no answers offered. */
    OutgoingMessage escalation(String language, List<LateUnit> lateUnits, int part, int parts, Instant now);
}
