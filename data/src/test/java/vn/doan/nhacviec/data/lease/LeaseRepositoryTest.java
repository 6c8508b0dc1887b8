package vn.doan.nhacviec.data.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.TestDatabase;

class LeaseRepositoryTest {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void oneHolderAtATimeUntilTheLeaseExpiresOrIsReleased() {
        try (TestDatabase db = TestDatabase.open(dir)) {
            LeaseRepository leases = new LeaseRepository(db.jdbc());

            assertThat(leases.tryHold("telegram:abc", "a", T0, TTL)).isTrue();
            assertThat(leases.tryHold("telegram:abc", "b", T0.plusSeconds(1), TTL)).isFalse();
            assertThat(leases.tryHold("zalo:abc", "b", T0.plusSeconds(1), TTL)).as("another name").isTrue();
            // renewed by its holder, it does not expire
            assertThat(leases.tryHold("telegram:abc", "a", T0.plusSeconds(20), TTL)).isTrue();
            assertThat(leases.tryHold("telegram:abc", "b", T0.plusSeconds(40), TTL)).isFalse();
            assertThat(leases.holder("telegram:abc", T0.plusSeconds(40))).contains("a");
            // not renewed: another takes it over
            assertThat(leases.tryHold("telegram:abc", "b", T0.plusSeconds(50), TTL)).isTrue();
            assertThat(leases.tryHold("telegram:abc", "a", T0.plusSeconds(51), TTL)).isFalse();
            assertThat(leases.holder("telegram:abc", T0.plusSeconds(51))).contains("b");

            leases.release("telegram:abc", "a");
            assertThat(leases.holder("telegram:abc", T0.plusSeconds(52))).as("only its holder releases it").contains("b");
            leases.release("telegram:abc", "b");
            assertThat(leases.holder("telegram:abc", T0.plusSeconds(52))).isEmpty();
            assertThat(leases.tryHold("telegram:abc", "a", T0.plusSeconds(53), TTL)).isTrue();
        }
    }
}
