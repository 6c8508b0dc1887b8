/**
 * Backups from chat for the top admin: a consistent copy of the SQLite database taken while the bot
 * runs ({@code VACUUM INTO}), sent as a file. On PostgreSQL the bot says to use {@code pg_dump}.
 */
package vn.doan.nhacviec.bot.admin.backup;
