package vn.doan.nhacviec.bot.console;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.outbox.OutboxRepository;

/**
 * Lets the terminal wait until the answers to the previous line are printed, so a piped script
 * reads like a conversation. Waits at most a few seconds: the outbox keeps anything still unsent.
 */
@Component
@ConditionalOnProperty(name = "nhacviec.console.enabled", havingValue = "true")
class ConsoleDrain {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final OutboxRepository outbox;
    private final java.time.Clock clock;

    ConsoleDrain(OutboxRepository outbox, java.time.Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    void awaitIdle() {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!outbox.hasWorkDueBy(clock.instant().plusMillis(50))) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
