package vn.doan.nhacviec.bot.answer;

import java.util.List;
import vn.doan.nhacviec.data.status.StatusEntry;

/** An answer waiting for the caller to say which item it is about (or, for a postponement, to which day). */
record PendingAnswer(List<Long> occurrenceIds, StatusEntry entry, String rawText) {
}
