package vn.doan.nhacviec.data.notice;

import java.time.Instant;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/** A notice about to be stored; see {@link Notice} for the fields. */
public record NewNotice(long senderId, long senderChatId, long scopeUnitId, String body, String audience,
                        Attachment attachment, Instant sendAt, Instant respondBy) {
}
