package vn.doan.nhacviec.data.reminder;

import java.time.LocalDate;

/** A stage a reminder run wants to take, with the number of chats the message goes to. */
public record StageClaim(long occurrenceId, String stage, LocalDate stageDay, int chats) {
}
