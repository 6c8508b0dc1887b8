package vn.doan.nhacviec.bot.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock plus an offset the demo can move forward, so a user can travel to a due date. */
public class DemoClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public DemoClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private DemoClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
