/**
 * Notices from staff to part of the tree: the guided {@code /thongbao} dialogue (text and file,
 * recipients by subtree, level and tag, preview, send now or later, response deadline), the
 * acknowledge answer every recipient gets, {@code /theodoi} to follow delivery and acknowledgements
 * by unit and re-send to those who have not answered, and the report to the sender when the
 * response deadline passes.
 */
package vn.doan.nhacviec.bot.broadcast;
