package vn.doan.nhacviec.bot.conversation;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most {@code nhacviec.safety.commands-per-minute} messages a minute from one user (a sliding window). */
@Component
public class UserRateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    public UserRateLimiter(@Value("${nhacviec.safety.commands-per-minute:20}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public boolean tryAcquire(String user) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
