package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.core.Outgoing;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.InboundProperties;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * «Đang xử lý…» for a message that takes a while (an import, an export, a chart, a backup): sent
 * once when handling is still going on after {@code nhacviec.inbound.working-notice-after}, so the
 * person knows the bot got it; the result follows when the work is done.
 */
@Component
public class WorkingNotice implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WorkingNotice.class);

    private final Duration after;
    private final Messages messages;
    private final Outgoing outgoing;
    private final ScheduledExecutorService timer;

    public WorkingNotice(InboundProperties properties, Messages messages, Outgoing outgoing) {
        this.after = properties.workingNoticeAfter();
        this.messages = messages;
        this.outgoing = outgoing;
        this.timer = after.isZero() ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "working-notice");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the clock for one message; closing the watch (when the message is handled) stops it. */
    public Watch watch(Caller caller) {
        if (timer == null) {
            return () -> { };
        }
        ScheduledFuture<?> pending = timer.schedule(() -> send(caller), after.toNanos(), TimeUnit.NANOSECONDS);
        return () -> pending.cancel(false);
    }

    private void send(Caller caller) {
        try {
            outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), "working.inProgress")));
        } catch (RuntimeException e) {
            log.warn("Could not send the working notice: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** A message being handled. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
