package vn.doan.nhacviec.bot.zalo;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.PollingLeases;
import vn.doan.nhacviec.bot.zalo.api.BotInfo;
import vn.doan.nhacviec.bot.zalo.api.WebhookInfo;
import vn.doan.nhacviec.bot.zalo.api.ZaloApiException;
import vn.doan.nhacviec.bot.zalo.api.ZaloBotApi;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;
import vn.doan.nhacviec.scheduler.workers.Worker;
import vn.doan.nhacviec.scheduler.workers.WorkerState;

/**
 * Connects to Zalo once the application is ready (after the start-up tasks), then receives updates:
 * by long polling (getUpdates in a loop) unless a webhook URL is configured, in which case it
 * registers the webhook and {@link ZaloWebhookController} receives them. Failed calls are retried
 * after a pause that grows up to {@code nhacviec.zalo.retry-max}; the channel never gives up while
 * the application runs.
 */
@Component
@ConditionalOnZalo
class ZaloChannel implements SmartLifecycle, Worker {

    private static final Logger log = LoggerFactory.getLogger(ZaloChannel.class);
    private static final Duration LEASE_WAIT = Duration.ofMillis(200);

    private final ZaloBotApi api;
    private final ZaloProperties properties;
    private final ZaloUpdateHandler handler;
    private final BotIdentity identity;
    private final PollingLeases leases;
    private volatile boolean running;
    private volatile Thread receiver;
    /** The webhook is registered: the receiver thread's work is done, updates come by HTTP. */
    private volatile boolean webhookRegistered;

    ZaloChannel(ZaloBotApi api, ZaloProperties properties, ZaloUpdateHandler handler, BotIdentity identity, PollingLeases leases) {
        this.api = api;
        this.properties = properties;
        this.handler = handler;
        this.identity = identity;
        this.leases = leases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        start();
    }

    /** Started when the application is ready, not with the context: the catalogue is imported by then. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        webhookRegistered = false;
        Thread thread = new Thread(this::receive, "zalo-receiver");
        thread.setDaemon(true);
        receiver = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = receiver;
        receiver = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String name() {
        return "zalo-receiver";
    }

    @Override
    public WorkerState state() {
        if (!running) {
            return WorkerState.OFF;
        }
        Thread thread = receiver;
        return webhookRegistered || (thread != null && thread.isAlive()) ? WorkerState.UP : WorkerState.DOWN;
    }

    @Override
    public synchronized void restart() {
        stop();
        start();
    }

    private void receive() {
        Backoff backoff = new Backoff(properties.retryMin(), properties.retryMax());
        BotInfo bot = retrying("getMe", api::getMe, backoff);
        if (!running) {
            return;
        }
        identity.learned(bot);
        if (properties.webhookMode()) {
            retrying("setWebhook", () -> api.setWebhook(properties.webhookUrl(), properties.effectiveWebhookSecret()), backoff);
            if (running) {
                webhookRegistered = true;
                log.info("Zalo bot {} connected; updates arrive at the webhook {}", bot.label(), properties.webhookUrl());
                warnIfWebhookPathDiffers();
            }
            return;
        }
        WebhookInfo webhook = retrying("getWebhookInfo", api::getWebhookInfo, backoff);
        if (webhook != null && webhook.isSet()) {
            log.warn("A Zalo webhook was registered ({}); removing it to receive by long polling", webhook.url());
            retrying("deleteWebhook", api::deleteWebhook, backoff);
        }
        if (!running) {
            return;
        }
        log.info("Zalo bot {} connected; receiving by long polling while this instance holds the polling lease", bot.label());
        // one poller per token: the others wait for the lease
        PollingLeases.Lease lease = leases.follow("zalo", properties.token(), () -> { }, () -> { });
        poll(backoff, lease);
    }

    private void poll(Backoff backoff, PollingLeases.Lease lease) {
        while (running) {
            if (!lease.held()) {
                waitForLease();
                continue;
            }
            List<ZaloUpdate> updates;
            try {
                updates = api.getUpdates(properties.pollTimeout());
                backoff.succeeded();
            } catch (ZaloApiException e) {
                if (running) {
                    pause(e, backoff);
                }
                continue;
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                // a bug or an unexpected answer: one round of polling is one unit of work
                log.error("Receiving Zalo updates failed: {}", e.toString(), e);
                if (running) {
                    try {
                        Thread.sleep(backoff.failed().toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        running = false;
                    }
                }
                continue;
            }
            for (ZaloUpdate update : updates) {
                handleQuietly(update);
            }
        }
    }

    private void waitForLease() {
        try {
            Thread.sleep(LEASE_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void handleQuietly(ZaloUpdate update) {
        try {
            handler.handle(update);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // the conversation already answers its own errors; this is the database or a bug
            log.error("Handling a Zalo update failed: {}", e.toString(), e);
        }
    }

    /** Calls until it works or the channel stops (then null). */
    private <T> T retrying(String what, Supplier<T> call, Backoff backoff) {
        while (running) {
            try {
                T result = call.get();
                backoff.succeeded();
                return result;
            } catch (ZaloApiException e) {
                if (!running) {
                    break;
                }
                pause(e, backoff);
            }
        }
        return null;
    }

    private void pause(ZaloApiException e, Backoff backoff) {
        Duration pause = e.retryAfter().orElseGet(backoff::failed);
        if (e.kind() == ZaloApiException.Kind.UNAUTHORIZED) {
            log.error("Zalo refuses the bot token (ZALO_BOT_TOKEN): {}; trying again in {} ms", e.getMessage(), pause.toMillis());
        } else {
            log.warn("{}; trying again in {} ms", e.getMessage(), pause.toMillis());
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void warnIfWebhookPathDiffers() {
        String path = java.net.URI.create(properties.webhookUrl()).getPath();
        if (path != null && !path.isEmpty() && !path.endsWith(properties.webhookPath())) {
            log.warn("ZALO_WEBHOOK_URL ends with {} but the webhook is received at {} (nhacviec.zalo.webhook-path); "
                    + "make sure the proxy forwards one to the other", path, properties.webhookPath());
        }
    }
}
