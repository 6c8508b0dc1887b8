package vn.doan.nhacviec.data.notice;

import java.time.Instant;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * A notice as stored.
 *
 * @param scopeUnitId        the unit the sender acted from; every recipient is inside its subtree
 * @param audience           the recipients as chosen, in words, for lists
 * @param attachment         a file sent with the notice, or null
 * @param sendAt             not sent before this instant (now, or the time the sender chose)
 * @param respondBy          after this instant the units that have not acknowledged go to the sender; null for none
 * @param deadlineReportedAt when that list was sent, or null
 */
public record Notice(long id, long senderId, long senderChatId, long scopeUnitId, String body, String audience,
                     Attachment attachment, Instant createdAt, Instant sendAt, Instant respondBy, Instant deadlineReportedAt) {
}
