package vn.doan.nhacviec.data.db;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory copies of what every message reads (the chat, the person, their roles and bindings, the
 * units and obligations it is about), where one process owns the database: SQLite. Each message
 * read them anew, a dozen statements before the answer itself, and on SQLite every statement after
 * another connection's commit starts with an empty page cache. Every write to these rows goes
 * through its repository, which forgets what it remembered ({@link ReadCache#changed()}).
 * PostgreSQL gets {@link #NONE}: other instances may write, so every read goes to the database.
 */
public final class ReadCaches {

    /** Remembers nothing: every read goes to the database. */
    public static final ReadCaches NONE = new ReadCaches(false);

    private final boolean enabled;
    private final List<ReadCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    private ReadCaches(boolean enabled) {
        this.enabled = enabled;
    }

    /** Caches that remember (only for a database no other process writes to). */
    public static ReadCaches inMemory() {
        return new ReadCaches(true);
    }

    /** A cache of at most {@code maximumSize} values. */
    public <K, V> ReadCache<K, V> cache(long maximumSize) {
        ReadCache<K, V> cache = new ReadCache<>(maximumSize, enabled);
        caches.add(cache);
        return cache;
    }

    /** Forgets everything (the tables were written behind the repositories' back: a restore in the tests). */
    public void forgetAll() {
        caches.forEach(ReadCache::forget);
    }
}
