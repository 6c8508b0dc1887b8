package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.TestDatabase;

/** A long-polling batch is noted in one go: each update once, whether seen in an earlier batch or twice in this one. */
class ProcessedUpdatesTest {

    @TempDir
    Path dir;
    TestDatabase db;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
    ProcessedUpdates processed;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir, clock);
        processed = new ProcessedUpdates(db.jdbc(), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyTheUpdatesNotSeenBeforeComeBackEachOnce() {
        assertThat(processed.markFirstTime(7, List.of(100L, 101L, 102L))).containsExactly(100L, 101L, 102L);

        assertThat(processed.markFirstTime(7, List.of(102L, 103L, 103L, 104L))).containsExactly(103L, 104L);
        assertThat(processed.markFirstTime(8, List.of(100L))).as("another bot's update 100").containsExactly(100L);
        assertThat(processed.markFirstTime(7, List.of())).isEmpty();
    }

    @Test
    void aBatchLongerThanOneInListIsCheckedWhole() {
        List<Long> first = LongStream.range(0, 700).boxed().toList();
        assertThat(processed.markFirstTime(7, first)).hasSize(700);

        List<Long> overlapping = LongStream.range(650, 1400).boxed().toList();
        assertThat(processed.markFirstTime(7, overlapping)).containsExactlyElementsOf(LongStream.range(700, 1400).boxed().toList());
    }

    @Test
    void updatesOlderThanAWeekAreForgotten() {
        processed.markFirstTime(7, List.of(1L));
        clock.advance(ProcessedUpdates.KEPT.plus(Duration.ofMinutes(1)));
        processed.markFirstTime(7, List.of(2L));

        assertThat(processed.forgetOld()).isEqualTo(1);
        assertThat(processed.markFirstTime(7, List.of(2L))).isEmpty();
    }
}
