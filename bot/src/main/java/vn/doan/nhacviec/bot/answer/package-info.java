/**
 * Answers about occurrences, however they arrive (a button, a number, free text, {@code /xong}):
 * which item they are about, whether the caller may answer for it, logging them and confirming in
 * one line.
 */
package vn.doan.nhacviec.bot.answer;
