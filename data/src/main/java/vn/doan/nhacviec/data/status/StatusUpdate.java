package vn.doan.nhacviec.data.status;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the append-only status log: who said what about which occurrence, and what it meant.
 */
public record StatusUpdate(long id, long occurrenceId, Long personId, Long chatId, Instant recordedAt, String rawText,
                           StatusMeaning meaning, Double quantity, Integer total, LocalDate doneOn, LocalDate postponeTo,
                           String note) {
}
