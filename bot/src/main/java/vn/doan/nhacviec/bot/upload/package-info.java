/**
 * Files people send: {@link vn.doan.nhacviec.bot.upload.AttachmentIntake} decides what a photo or
 * document is for (evidence of an answer, or the file of {@code /nhapdv} / {@code /nhapnv}),
 * {@link vn.doan.nhacviec.bot.upload.ReceivedFiles} downloads it through the channel's
 * {@link vn.doan.nhacviec.bot.channel.FileFetcher} with a size limit, readable by the owner only.
 */
package vn.doan.nhacviec.bot.upload;
