package vn.doan.nhacviec.data.status;

import java.time.Instant;
import vn.doan.nhacviec.data.occurrence.Occurrence;

/**
 * Published inside the transaction that logs an answer, so that what must follow from it (the
 * parent unit hearing of a postponement request) is stored with it or not at all.
 *
 * @param occurrence the occurrence as it was before the answer
 */
public record StatusRecorded(Occurrence occurrence, Long personId, Long chatId, Instant at, StatusEntry entry) {
}
