/**
 * The weekly digest: every week at the configured day and time each staff member (admins too) gets,
 * in a private chat, what is overdue in their subtree and how that changed since the week before.
 */
package vn.doan.nhacviec.bot.digest;
