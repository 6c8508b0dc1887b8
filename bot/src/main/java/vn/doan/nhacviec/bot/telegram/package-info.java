/**
 * The Telegram channel, through the TelegramBots library: updates (long polling by default, a
 * webhook as an option) become {@link vn.doan.nhacviec.bot.channel.Inbound} for the conversation;
 * stored {@code OutgoingMessage}s become Bot API calls ({@link vn.doan.nhacviec.bot.telegram.TelegramSender}).
 * Only an adapter: it never reaches into command handlers. On only when a bot token is configured.
 */
@ApplicationModule(allowedDependencies = {"channel", "conversation", "command", "access", "core", "i18n", "onboarding"})
package vn.doan.nhacviec.bot.telegram;

import org.springframework.modulith.ApplicationModule;
