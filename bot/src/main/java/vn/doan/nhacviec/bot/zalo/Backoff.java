package vn.doan.nhacviec.bot.zalo;

import java.time.Duration;

/** Pauses that double after each failure in a row, from {@code min} up to {@code max}; a success starts again at {@code min}. */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max.compareTo(min) < 0 ? min : max;
        this.next = min;
    }

    /** The pause after one more failure. */
    Duration failed() {
        Duration pause = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return pause;
    }

    void succeeded() {
        next = min;
    }
}
