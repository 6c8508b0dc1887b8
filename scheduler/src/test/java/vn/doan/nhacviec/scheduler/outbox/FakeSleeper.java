package vn.doan.nhacviec.scheduler.outbox;

import vn.doan.nhacviec.data.MutableClock;

import java.time.Duration;

/** Waiting moves the test's clock instead of the thread. */
final class FakeSleeper implements Sleeper {

    private final MutableClock clock;

    FakeSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        clock.advance(duration);
    }
}
