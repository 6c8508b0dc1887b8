package vn.doan.nhacviec.scheduler.alert;

import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The words of the notice a unit's superiors get when its reminders could not be delivered, in the reader's language. */
public interface FailedDeliveryTexts {

    OutgoingMessage deliveryFailed(String language, FailedDelivery failed);
}
