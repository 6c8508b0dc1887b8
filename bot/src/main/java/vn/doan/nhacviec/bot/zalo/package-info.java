/**
 * The Zalo channel: the same bot on the Zalo Bot Platform. Runs when {@code nhacviec.zalo.token}
 * ({@code ZALO_BOT_TOKEN}) is set, beside Telegram if that runs too.
 *
 * <ul>
 *   <li>Receiving: long polling by default ({@link vn.doan.nhacviec.bot.zalo.ZaloChannel}), a webhook
 *       when {@code ZALO_WEBHOOK_URL} is set ({@link vn.doan.nhacviec.bot.zalo.ZaloWebhookController}).
 *       Each message is handed to the conversation once, even if Zalo delivers it again.</li>
 *   <li>Sending ({@link vn.doan.nhacviec.bot.zalo.ZaloSender}): Zalo has no buttons, no edits and no
 *       document upload, so choices become a numbered list answered by number, edits are sent only
 *       when they say something new, photos go out as short-lived signed links and other files as a
 *       note saying how to get them.</li>
 * </ul>
 *
 * <p>The typed HTTP client is in {@code zalo.api}.
 */
@ApplicationModule(allowedDependencies = {"channel", "conversation", "core", "files", "i18n"})
package vn.doan.nhacviec.bot.zalo;

import org.springframework.modulith.ApplicationModule;
