package vn.doan.nhacviec.bot.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code nhacviec.inbound.messages} (a timer: how many and how long handling took) by {@code channel}. */
@Component
public class InboundMetrics {

    private final MeterRegistry meters;

    InboundMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    public void handled(String channel, Duration took) {
        Timer.builder("nhacviec.inbound.messages").description("Inbound messages and their handling time")
                .tag("channel", channel).register(meters).record(took);
    }
}
