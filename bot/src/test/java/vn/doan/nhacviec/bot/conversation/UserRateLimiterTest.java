package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.time.VietnamTime;

class UserRateLimiterTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"), VietnamTime.ZONE);

    @Test
    void aMinutesAllowancePerUserRefilledOverTheMinute() {
        UserRateLimiter limiter = new UserRateLimiter(new SafetyProperties(20, java.util.Set.of("console")), clock);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("telegram", "1")).isTrue();
        }
        assertThat(limiter.tryAcquire("telegram", "1")).isFalse();
        assertThat(limiter.tryAcquire("telegram", "2")).isTrue();
        clock.advance(Duration.ofSeconds(3));
        assertThat(limiter.tryAcquire("telegram", "1")).as("one message every 3 seconds comes back").isTrue();
        assertThat(limiter.tryAcquire("telegram", "1")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("telegram", "1")).isTrue();
        }
    }

    @Test
    void aPeakOfManyUsersKeepsEachLimitAndIdleUsersAreForgotten() {
        UserRateLimiter limiter = new UserRateLimiter(new SafetyProperties(2, java.util.Set.of("console")), clock);
        assertThat(limiter.tryAcquire("telegram", "flooder")).isTrue();
        assertThat(limiter.tryAcquire("telegram", "flooder")).isTrue();
        for (int i = 0; i < 30_000; i++) {
            assertThat(limiter.tryAcquire("telegram", "secretary-" + i)).isTrue();
        }
        assertThat(limiter.tryAcquire("telegram", "flooder")).as("thirty thousand others do not reset one user's minute").isFalse();
        assertThat(limiter.remembered()).isEqualTo(30_001);

        clock.advance(Duration.ofMinutes(3));
        assertThat(limiter.tryAcquire("telegram", "secretary-0")).isTrue();
        assertThat(limiter.remembered()).as("users idle for two minutes are forgotten").isEqualTo(1);
    }

    @Test
    void theTerminalIsNotLimited() {
        UserRateLimiter limiter = new UserRateLimiter(new SafetyProperties(1, java.util.Set.of("console")), clock);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire("console", "terminal")).isTrue();
        }
    }
}
