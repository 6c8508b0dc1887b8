package vn.doan.nhacviec.bot.telegram;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.doan.nhacviec.bot.channel.PollingLeases;
import vn.doan.nhacviec.bot.onboarding.InviteLinks;
import vn.doan.nhacviec.scheduler.reminder.ReminderProperties;

/**
 * Connects the bot once the application is ready (after the catalogue import): learns who the
 * bot is, publishes the command menus, then reads updates by long polling or registers the
 * webhook. A token Telegram refuses stops the start with a message that does not show it.
 */
@Component
@Order(100)
@ConditionalOnTelegram
class TelegramStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TelegramStartup.class);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final CurrentBot currentBot;
    private final InviteLinks inviteLinks;
    private final CommandMenus menus;
    private final ProcessedUpdates processed;
    private final TelegramPolling polling;
    private final ObjectProvider<TelegramWebhook> webhook;
    private final WebhookSecret secret;
    private final TokenMask mask;
    private final PollingLeases leases;
    private final boolean clustered;

    TelegramStartup(TelegramClient client, TelegramProperties properties, CurrentBot currentBot, InviteLinks inviteLinks,
                    CommandMenus menus, ProcessedUpdates processed, TelegramPolling polling, ObjectProvider<TelegramWebhook> webhook,
                    WebhookSecret secret, TokenMask mask, PollingLeases leases,
                    ReminderProperties reminders) {
        this.client = client;
        this.properties = properties;
        this.currentBot = currentBot;
        this.inviteLinks = inviteLinks;
        this.menus = menus;
        this.processed = processed;
        this.polling = polling;
        this.webhook = webhook;
        this.secret = secret;
        this.mask = mask;
        this.leases = leases;
        this.clustered = reminders.jobs().clustered();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clustered && properties.webhookMode() && (properties.webhookSecret() == null || properties.webhookSecret().isBlank())) {
            // a secret made up at each start would differ between the instances: only the last one's would be accepted
            throw new IllegalStateException("Clustered (nhacviec.reminders.jobs.clustered=true) with a Telegram webhook: "
                    + "set TELEGRAM_WEBHOOK_SECRET (nhacviec.telegram.webhook-secret), the same on every instance");
        }
        BotIdentity bot = whoAmI();
        processed.forgetOld();
        currentBot.set(bot);
        inviteLinks.telegramBotIs(bot.username());
        menus.publishDefaults();
        menus.publishStaffMenus();
        if (properties.webhookMode()) {
            registerWebhook();
            log.info("Telegram bot @{} receives updates by webhook at {}", bot.username(), properties.webhookUrl());
        } else {
            // one poller per token: this instance polls while it holds the token's lease
            leases.follow("telegram", properties.token(), polling::start, polling::destroy);
            log.info("Telegram bot @{} reads updates by long polling from {} (while this instance holds the polling lease)",
                    bot.username(), properties.apiUrl());
        }
    }

    private BotIdentity whoAmI() {
        try {
            User me = client.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram did not accept the bot token (getMe at " + properties.apiUrl() + "): "
                    + mask.mask(e.toString()));
        }
    }

    private void registerWebhook() {
        if (webhook.getIfAvailable() == null) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_URL is set but the web server is off: set TELEGRAM_WEBHOOK_URL in the environment");
        }
        String path = URI.create(properties.webhookUrl()).getPath();
        if (path == null || !path.endsWith(TelegramWebhook.PATH)) {
            log.warn("TELEGRAM_WEBHOOK_URL should end with {} (where the bot listens), unless a proxy maps it there", TelegramWebhook.PATH);
        }
        try {
            client.execute(SetWebhook.builder().url(properties.webhookUrl()).secretToken(secret.value()).build());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Telegram refused the webhook " + properties.webhookUrl() + ": " + mask.mask(e.toString()));
        }
    }
}
