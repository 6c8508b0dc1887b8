package vn.doan.nhacviec.bot.reply;

import java.time.LocalDate;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * What a secretary's free-text reply to a reminder says.
 *
 * @param meaning    what the reply means; never null
 * @param quantity   the count the reply reports ("đã trồng 500 cây" → 500, "18/25 đoàn viên" → 18);
 *                   only for {@link StatusMeaning#DONE} and {@link StatusMeaning#PROGRESS}, never negative
 * @param total      the "out of" of an attendance fraction ("18/25" → 25), or null
 * @param doneOn     the past day the reply names ("đã họp 20/11"), never after the parsing day;
 *                   only for DONE and PROGRESS
 * @param postponeTo the day of a postponement ("hoãn đến 5/12"), never before the parsing day; only for
 *                   POSTPONE, and null when the reply names no usable day (the caller should ask for one)
 * @param note       the part worth keeping verbatim, in the secretary's own spelling: the reason clause
 *                   ("vì mưa bão") or, for a difficulty, what the difficulty is; null when there is none
 */
public record ParsedStatus(
        StatusMeaning meaning,
        Double quantity,
        Integer total,
        LocalDate doneOn,
        LocalDate postponeTo,
        String note) {

    public ParsedStatus {
        if (meaning == null) {
            throw new IllegalArgumentException("meaning is required");
        }
    }
}
