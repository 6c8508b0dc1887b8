/**
 * Files people send: {@link vn.doan.nhacviec.bot.upload.AttachmentIntake} decides what a photo or
 * document is for (evidence of an answer, or the file of {@code /nhapdv} / {@code /nhapnv}, which
 * also take their CSV/YAML pasted as text).
 */
package vn.doan.nhacviec.bot.upload;
