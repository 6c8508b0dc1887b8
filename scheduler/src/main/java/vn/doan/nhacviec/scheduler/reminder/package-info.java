/**
 * The reminder engine: which stage of which occurrence is due at an instant (policies, sending
 * window, quiet days, catch-up), who receives it, and storing one message per chat in the outbox,
 * recorded per (occurrence, stage) in {@code reminder_sent} so nothing is sent twice.
 */
package vn.doan.nhacviec.scheduler.reminder;
