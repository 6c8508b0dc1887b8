/**
 * What every feature needs and nothing else: who is asking ({@link vn.doan.nhacviec.bot.core.Caller}),
 * the outgoing port ({@link vn.doan.nhacviec.bot.core.Outgoing}), the user error
 * ({@link vn.doan.nhacviec.bot.core.UserError}) and the contracts the conversation calls features
 * through (choices, free-text claims). It depends on no other part of the bot, so that features
 * and the conversation that routes to them never depend on each other in a circle.
 */
@ApplicationModule(displayName = "Core", allowedDependencies = {})
package vn.doan.nhacviec.bot.core;

import org.springframework.modulith.ApplicationModule;
