/**
 * Photos as evidence of answers: a photo is kept as the sender's pending evidence in that chat and
 * linked to the next answer they give there ({@link vn.doan.nhacviec.bot.evidence.EvidenceLinker});
 * {@code /lichsu} marks answers with evidence and {@code /minhchung} opens one.
 */
package vn.doan.nhacviec.bot.evidence;
