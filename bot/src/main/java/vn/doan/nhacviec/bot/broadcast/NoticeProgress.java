package vn.doan.nhacviec.bot.broadcast;

import java.time.Instant;
import java.util.List;
import vn.doan.nhacviec.data.notice.Notice;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * Where a notice stands, by unit and by chat.
 *
 * @param units   every unit addressed, in tree order
 * @param resends how many re-sends went out
 */
record NoticeProgress(Notice notice, Unit sender, List<UnitProgress> units, int chats, int chatsSent, int chatsPending,
                      int chatsFailed, int chatsAcknowledged, int resends) {

    /** How the messages to a unit's chats went: sent if one was sent, else pending while one may still go, else failed. */
    enum Delivery { SENT, PENDING, FAILED }

    /**
     * @param acknowledgedBy who acknowledged first (display name), or null while not acknowledged
     * @param acknowledgedAt when, or null
     */
    record UnitProgress(Unit unit, Delivery delivery, String acknowledgedBy, Instant acknowledgedAt) {
        boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    List<UnitProgress> acknowledged() {
        return units.stream().filter(UnitProgress::acknowledged).toList();
    }

    List<UnitProgress> notYet() {
        return units.stream().filter(u -> !u.acknowledged()).toList();
    }
}
