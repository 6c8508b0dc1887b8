package vn.doan.nhacviec.bot.broadcast;

import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

/**
 * A notice being written, kept as the payload of the waiting dialogue step.
 *
 * @param body       the text, or null before it is written
 * @param attachment a file to send with it, or null
 * @param audience   the recipients picked, or null before
 * @param respondBy  epoch millis of the response deadline, or null for none
 */
record BroadcastDraft(String body, Attachment attachment, AudienceChoice audience, Long respondBy) {

    static BroadcastDraft empty() {
        return new BroadcastDraft(null, null, null, null);
    }

    BroadcastDraft withBody(String newBody, Attachment newAttachment) {
        return new BroadcastDraft(newBody, newAttachment, audience, respondBy);
    }

    BroadcastDraft withAudience(AudienceChoice newAudience) {
        return new BroadcastDraft(body, attachment, newAudience, respondBy);
    }

    BroadcastDraft withRespondBy(Long newRespondBy) {
        return new BroadcastDraft(body, attachment, audience, newRespondBy);
    }
}
