/**
 * Files people send, brought onto this machine: through the channel's {@link
 * vn.doan.nhacviec.bot.channel.FileFetcher}, within a size limit, readable by the owner only.
 * Used by {@code upload} (imports) and {@code evidence} (photos).
 */
package vn.doan.nhacviec.bot.files;
