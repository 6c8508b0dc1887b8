package vn.doan.nhacviec.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import java.util.concurrent.ScheduledFuture;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.doan.nhacviec.scheduler.workers.Worker;
import vn.doan.nhacviec.scheduler.workers.WorkerState;

/**
 * Long polling through the library's session, at the configured Bot API address. Each update is
 * noted in {@link ProcessedUpdates} on the polling thread (so one received again after a restart is
 * recognised) and handled in its chat's lane, in parallel with other chats
 * ({@link vn.doan.nhacviec.bot.channel.InboundLanes}). The library retries getUpdates with backoff
 * when the network fails.
 */
@Component
@ConditionalOnTelegram
class TelegramPolling implements LongPollingUpdateConsumer, DisposableBean, Worker {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final TelegramUpdateHandler handler;
    private final TelegramHttp http;
    private final TelegramProperties properties;
    private final TokenMask mask;
    private ScheduledExecutorService executor;
    private TelegramBotsLongPollingApplication application;
    private volatile BotSession session;

    TelegramPolling(TelegramUpdateHandler handler, TelegramHttp http, TelegramProperties properties, TokenMask mask) {
        this.handler = handler;
        this.http = http;
        this.properties = properties;
        this.mask = mask;
    }

    synchronized void start() {
        if (application != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "telegram-updates");
            thread.setDaemon(true);
            return thread;
        });
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, http::polling, () -> executor);
        try {
            session = application.registerBot(properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(), this);
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Cannot start reading Telegram updates: " + mask.mask(e.toString()));
        }
    }

    @Override
    public void consume(List<Update> updates) {
        try {
            handler.handleAll(updates);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // the poller must go on reading whatever one batch did
            log.error("Handling Telegram updates failed: {}", mask.mask(e.toString()), e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (application == null) {
            return;
        }
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Stopping Telegram polling: {}", mask.mask(e.toString()));
        }
        executor.shutdownNow();
        application = null;
        session = null;
    }

    @Override
    public String name() {
        return "telegram-receiver";
    }

    /** OFF in webhook mode (nothing polls); DOWN when the polling task ended while it should run. */
    @Override
    public WorkerState state() {
        BotSession current = session;
        if (current == null) {
            return WorkerState.OFF;
        }
        ScheduledFuture<?> polling = current.getRunningPolling();
        return current.isRunning() && polling != null && !polling.isDone() ? WorkerState.UP : WorkerState.DOWN;
    }

    @Override
    public synchronized void restart() {
        destroy();
        start();
    }
}
