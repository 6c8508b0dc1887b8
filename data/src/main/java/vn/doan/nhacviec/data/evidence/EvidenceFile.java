package vn.doan.nhacviec.data.evidence;

import java.time.Instant;

/**
 * A photo someone sent, kept as evidence.
 *
 * @param path relative to the evidence folder of the data directory
 */
public record EvidenceFile(long id, long chatId, long personId, String path, String mediaType, long sizeBytes, Instant receivedAt) {
}
