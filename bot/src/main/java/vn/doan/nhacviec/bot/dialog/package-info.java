/**
 * Multi-step dialogues: a {@link vn.doan.nhacviec.bot.dialog.DialogStep} reads the next text of a
 * person who was asked something; {@link vn.doan.nhacviec.bot.dialog.Dialogs} keeps the waiting
 * step (one per chat and person, expiring); {@link vn.doan.nhacviec.bot.dialog.DialogRouter} hands
 * the next text to its step and cancels it on {@code /huy} or {@code /cancel}. Any other command
 * also ends a waiting dialogue.
 */
package vn.doan.nhacviec.bot.dialog;
