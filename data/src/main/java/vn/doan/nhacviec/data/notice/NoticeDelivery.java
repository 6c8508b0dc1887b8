package vn.doan.nhacviec.data.notice;

import vn.doan.nhacviec.data.outbox.OutboxState;

/**
 * One message sent for a notice to one chat.
 *
 * @param round 0 for the notice itself, 1, 2, ... for the re-sends
 * @param state the outbox row's state; null when the row is gone (the outbox only cleans out sent rows)
 */
public record NoticeDelivery(long chatId, int round, OutboxState state) {

    public boolean sent() {
        return state == null || state == OutboxState.SENT;
    }
}
