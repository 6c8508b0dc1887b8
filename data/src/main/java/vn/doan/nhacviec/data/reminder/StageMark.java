package vn.doan.nhacviec.data.reminder;

import java.time.LocalDate;

/**
 * A reminder stage of an occurrence that was handled (sent, or found nobody to send to).
 *
 * @param stage    {@code D-7}, {@code D0}, {@code O1}, {@code ESC}, {@code R2027-03-05}, ...
 * @param stageDay the local day the stage was due to be sent
 */
public record StageMark(long occurrenceId, String stage, LocalDate stageDay) {
}
