package vn.doan.nhacviec.data.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query with {@code IN (...)} over a long list in chunks: SQLite limits the number of bound
 * parameters of one statement.
 */
public final class InChunks {

    public static final int SIZE = 500;

    private InChunks() {
    }

    /** The ids cut into lists of at most {@link #SIZE}. */
    public static <T> List<List<T>> of(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }

    /** «?,?,?» for the chunk. */
    public static String marks(List<?> chunk) {
        return String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
    }

    /** The results of {@code query} over every chunk, in order. */
    public static <T, R> List<R> query(Collection<T> ids, Function<List<T>, List<R>> query) {
        List<R> found = new ArrayList<>();
        for (List<T> chunk : of(ids)) {
            found.addAll(query.apply(chunk));
        }
        return found;
    }
}
