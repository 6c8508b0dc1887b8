/**
 * The boundary between messengers and the bot: adapters turn messenger updates into {@link
 * vn.doan.nhacviec.bot.channel.Inbound} and send stored {@code OutgoingMessage}s through their
 * {@code MessageSender}. Channel packages ({@code console}, {@code telegram}, {@code zalo}) depend
 * on this package and on {@code conversation}'s entry point only, never on command internals.
 */
@ApplicationModule(allowedDependencies = {})
package vn.doan.nhacviec.bot.channel;

import org.springframework.modulith.ApplicationModule;
