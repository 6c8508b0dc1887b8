/**
 * Running the system from chat: units ({@code unit}), obligations ({@code obligation}), people and
 * their roles ({@code people}), the audit log ({@code audit}) and backups ({@code backup}). Every
 * command checks the caller's role over the part of the tree it touches before it writes anything,
 * writes in one transaction, and appends what it did, with the state before and after, to the
 * audit log. This package holds what they share: the caller's scope, files sent and received, and
 * re-planning after a change.
 */
package vn.doan.nhacviec.bot.admin;
