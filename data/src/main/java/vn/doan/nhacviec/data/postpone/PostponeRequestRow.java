package vn.doan.nhacviec.data.postpone;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's request to postpone an occurrence to {@code requestedDay} (its new last day), and the decision.
 *
 * @param requestedChatId where the requester is told of the decision, or null
 * @param counterDay      the day a supervisor proposed instead, or null
 */
public record PostponeRequestRow(long id, long occurrenceId, long unitId, Long requestedBy, Long requestedChatId,
                                 LocalDate requestedDay, Instant requestedAt, PostponeState state, Long decidedBy,
                                 Instant decidedAt, String reason, LocalDate counterDay) {
}
