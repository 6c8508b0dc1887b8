package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.outbox.MessageKind;

/** A message was given up (retries exhausted or refused for good) while its chat stays open. */
public record DeliveryFailedEvent(long chatId, long outboxId, MessageKind kind, String error) {
}
