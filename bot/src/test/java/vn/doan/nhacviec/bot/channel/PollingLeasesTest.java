package vn.doan.nhacviec.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.db.Databases;
import vn.doan.nhacviec.data.lease.LeaseRepository;

class PollingLeasesTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(BotTestConfiguration.START, ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void oneInstancePollsAndAnotherTakesOverWhenItsLeaseIsNoLongerRenewed() {
        try (HikariDataSource dataSource = Databases.openSqlite(dir)) {
            LeaseRepository leases = new LeaseRepository(JdbcClient.create(dataSource));
            // the first instance renews only after 29 s of real time: until then it behaves as a dead one
            PollingLeases dying = new PollingLeases(leases, clock, new PollingLeaseProperties(TTL, Duration.ofSeconds(29)));
            PollingLeases survivor = new PollingLeases(leases, clock, new PollingLeaseProperties(TTL, Duration.ofMillis(50)));
            try {
                AtomicInteger dyingPolls = new AtomicInteger();
                AtomicInteger survivorPolls = new AtomicInteger();
                PollingLeases.Lease first = dying.follow("telegram", "token", dyingPolls::incrementAndGet, dyingPolls::decrementAndGet);
                await().until(first::held);
                PollingLeases.Lease second = survivor.follow("telegram", "token", survivorPolls::incrementAndGet, survivorPolls::decrementAndGet);
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.held());
                assertThat(survivorPolls).hasValue(0);
                assertThat(dyingPolls).hasValue(1);

                clock.advance(TTL.plusSeconds(1));
                await().until(second::held);
                assertThat(survivorPolls).hasValue(1);
            } finally {
                survivor.destroy();
                dying.destroy();
            }
        }
    }

    @Test
    void aCleanStopHandsTheLeaseOverAtOnce() {
        try (HikariDataSource dataSource = Databases.openSqlite(dir)) {
            LeaseRepository leases = new LeaseRepository(JdbcClient.create(dataSource));
            PollingLeases stopping = new PollingLeases(leases, clock, new PollingLeaseProperties(TTL, Duration.ofMillis(50)));
            PollingLeases other = new PollingLeases(leases, clock, new PollingLeaseProperties(TTL, Duration.ofMillis(50)));
            try {
                AtomicInteger stopped = new AtomicInteger();
                PollingLeases.Lease first = stopping.follow("zalo", "token", () -> { }, stopped::incrementAndGet);
                await().until(first::held);
                PollingLeases.Lease second = other.follow("zalo", "token", () -> { }, () -> { });
                stopping.destroy();
                assertThat(stopped).as("its poller is stopped").hasValue(1);
                await().atMost(Duration.ofSeconds(5)).until(second::held);
            } finally {
                other.destroy();
            }
        }
    }
}
