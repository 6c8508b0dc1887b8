package vn.doan.nhacviec.bot.answer;

import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * An answer waiting for one more thing: which item it is about (kept on the "which item?" message),
 * or to which day a postponement goes (kept in the person's dialogue, with the item).
 *
 * @param occurrenceId the item, once known; null while asking which
 * @param shownOn      the outbox id of the message the answer was given on, or null
 */
record WaitingAnswer(Long occurrenceId, StatusEntry entry, String rawText, Long shownOn) {
}
