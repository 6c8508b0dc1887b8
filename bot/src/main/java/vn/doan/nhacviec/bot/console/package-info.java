/** The terminal channel: a chat on stdin/stdout through the same handlers as Telegram and Zalo, used when no token is set. */
@ApplicationModule(allowedDependencies = {"channel", "conversation", "core"})
package vn.doan.nhacviec.bot.console;

import org.springframework.modulith.ApplicationModule;
