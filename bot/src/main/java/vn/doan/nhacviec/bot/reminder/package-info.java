/**
 * Reminders seen from the chat: their words (the scheduler decides what and when) and stopping or
 * resuming them for a chat.
 */
package vn.doan.nhacviec.bot.reminder;
