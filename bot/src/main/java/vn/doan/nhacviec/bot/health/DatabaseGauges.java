package vn.doan.nhacviec.bot.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;

/**
 * Gauges read from the database: {@code nhacviec.outbox.depth} by {@code kind} and {@code state},
 * and {@code nhacviec.dialogues.open} (dialogues waiting for an answer). One scrape reads them
 * once: the counts are kept for {@link #FRESH_FOR}.
 */
@Component
class DatabaseGauges implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final OutboxRepository outbox;
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    DatabaseGauges(OutboxRepository outbox, JdbcClient jdbc, Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Snapshot(Instant at, Map<MessageKind, Map<OutboxState, Long>> depth, long dialogues) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MessageKind kind : MessageKind.values()) {
            for (OutboxState state : OutboxState.values()) {
                Gauge.builder("nhacviec.outbox.depth", this, gauges -> gauges.depth(kind, state))
                        .description("Outbox rows by kind and state")
                        .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                        .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
                        .register(registry);
            }
        }
        Gauge.builder("nhacviec.dialogues.open", this, DatabaseGauges::openDialogues)
                .description("Dialogs waiting for a person's next message")
                .register(registry);
    }

    double depth(MessageKind kind, OutboxState state) {
        return current().depth().getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
    }

    double openDialogues() {
        return current().dialogues();
    }

    private synchronized Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last == null || !last.at().plus(FRESH_FOR).isAfter(now) || last.at().isAfter(now)) {
            long dialogues = jdbc.sql("SELECT COUNT(*) FROM dialog_state WHERE expires_at > ?")
                    .param(now.toEpochMilli()).query(Long.class).single();
            last = new Snapshot(now, outbox.countByKindAndState(), dialogues);
            snapshot = last;
        }
        return last;
    }
}
