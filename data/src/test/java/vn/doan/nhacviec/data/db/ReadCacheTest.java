package vn.doan.nhacviec.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Remembered reads: kept until a change, never across one, and never inside a transaction. */
class ReadCacheTest {

    final AtomicInteger reads = new AtomicInteger();
    final Map<Long, String> rows = new java.util.concurrent.ConcurrentHashMap<>(Map.of(1L, "Chi đoàn 1", 2L, "Chi đoàn 2"));
    final Function<Long, String> read = id -> {
        reads.incrementAndGet();
        return rows.get(id);
    };
    final ReadCache<Long, String> cache = ReadCaches.inMemory().cache(100);

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aValueIsReadOnceUntilItChanges() {
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn 1");
        rows.put(1L, "Chi đoàn một");
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn 1");
        assertThat(reads).hasValue(1);

        cache.changed();
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn một");
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothingFoundIsNotRemembered() {
        assertThat(cache.get(3L, read)).isNull();
        rows.put(3L, "Chi đoàn 3");
        assertThat(cache.get(3L, read)).isEqualTo("Chi đoàn 3");
    }

    @Test
    void manyAtOnceReadOnlyWhatIsMissing() {
        cache.get(1L, read);
        List<List<Long>> asked = new java.util.ArrayList<>();
        Map<Long, String> found = cache.getAll(List.of(1L, 2L, 3L), missing -> {
            asked.add(missing);
            return missing.stream().filter(rows::containsKey).collect(Collectors.toMap(id -> id, rows::get));
        });
        assertThat(found).containsOnly(Map.entry(1L, "Chi đoàn 1"), Map.entry(2L, "Chi đoàn 2"));
        assertThat(asked).containsExactly(List.of(2L, 3L));
        assertThat(cache.getAll(List.of(1L, 2L), missing -> {
            throw new AssertionError("both are remembered, yet it read " + missing);
        })).hasSize(2);
    }

    @Test
    void aValueReadWhileAChangeCameIsNotKept() {
        // the writer commits and forgets while this reader still holds the old row
        String old = cache.get(1L, id -> {
            String before = read.apply(id);
            rows.put(1L, "Chi đoàn một");
            cache.changed();
            return before;
        });
        assertThat(old).isEqualTo("Chi đoàn 1");
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn một");
    }

    @Test
    void aChangeInATransactionIsForgottenAgainWhenItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        cache.changed(); // the write, not committed yet
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn 1"); // another thread's read of the committed row, kept
        rows.put(1L, "Chi đoàn một"); // the commit
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();

        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn một");
    }

    @Test
    void insideATransactionEveryReadGoesToTheDatabase() {
        cache.get(1L, read);
        TransactionSynchronizationManager.setActualTransactionActive(true);
        rows.put(1L, "Chi đoàn một"); // written by this transaction
        assertThat(cache.get(1L, read)).isEqualTo("Chi đoàn một");
        assertThat(cache.get(2L, read)).isEqualTo("Chi đoàn 2");
        TransactionSynchronizationManager.setActualTransactionActive(false);

        assertThat(cache.get(2L, read)).isEqualTo("Chi đoàn 2");
        assertThat(reads).hasValue(4); // the one read inside was not remembered either
    }

    @Test
    void withoutCachesEveryReadGoesToTheDatabase() {
        ReadCache<Long, String> none = ReadCaches.NONE.cache(100);
        none.get(1L, read);
        none.get(1L, read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void forgettingAllForgetsEveryCache() {
        ReadCaches caches = ReadCaches.inMemory();
        ReadCache<Long, String> first = caches.cache(10);
        ReadCache<Long, String> second = caches.cache(10);
        first.get(1L, read);
        second.get(2L, read);
        caches.forgetAll();
        first.get(1L, read);
        second.get(2L, read);
        assertThat(reads).hasValue(4);
    }
}
