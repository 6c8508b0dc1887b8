package vn.doan.nhacviec.data.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows one repository reads on nearly every message and writes rarely, kept in memory (see
 * {@link ReadCaches}). The repository calls {@link #changed()} on every write to them; everything is
 * forgotten then, and again once the write's transaction ends, so a value read before the commit
 * cannot outlive it. Reads inside a transaction go to the database: that transaction may have
 * written what is remembered, and must see its own writes.
 */
public final class ReadCache<K, V> {

    private final Cache<K, V> values;
    private final boolean enabled;
    /** Counts changes: a value read while one happened is not kept. */
    private final AtomicLong changes = new AtomicLong();

    ReadCache(long maximumSize, boolean enabled) {
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.enabled = enabled;
    }

    /** The value for {@code key}: remembered, or {@code read} (a null result is not remembered). */
    public V get(K key, Function<K, V> read) {
        if (!inUse()) {
            return read.apply(key);
        }
        V known = values.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long before = changes.get();
        V value = read.apply(key);
        remember(key, value, before);
        return value;
    }

    /**
     * The values for {@code keys}: those remembered, and the rest read at once by {@code read}, which
     * returns the ones it found (a key it does not return has no value and is not remembered).
     */
    public Map<K, V> getAll(Collection<K> keys, Function<List<K>, Map<K, V>> read) {
        if (!inUse()) {
            return read.apply(List.copyOf(keys));
        }
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            V known = values.getIfPresent(key);
            if (known != null) {
                found.put(key, known);
            } else {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long before = changes.get();
        Map<K, V> fresh = read.apply(missing);
        fresh.forEach((key, value) -> remember(key, value, before));
        found.putAll(fresh);
        return found;
    }

    /**
     * What is remembered may have changed: forgets it now, and again when the current transaction
     * ends. Called after the write, or anywhere inside the write's transaction.
     */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    void forget() {
        changes.incrementAndGet();
        values.invalidateAll();
    }

    private boolean inUse() {
        return enabled && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    private void remember(K key, V value, long changesBefore) {
        if (value == null) {
            return;
        }
        values.put(key, value);
        if (changes.get() != changesBefore) {
            // a change came while it was read: it may be the old value, and the change's own forgetting may have run already
            values.invalidate(key);
        }
    }
}
