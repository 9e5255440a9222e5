package cn.yingji.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts the operations of one outbox round into bulk requests of at most {@code maxBytes} each (in order). An
 * operation larger than the limit on its own goes alone: the per-document limit, checked before, decides whether
 * it is sent at all. Elasticsearch refuses a request past {@code http.max_content_length} as a whole, so a count
 * of rows alone (500 plan documents of 3.6 MB) is no bound.
 */
final class BulkChunks {

    private BulkChunks() {
    }

    static <T> List<List<T>> split(List<T> operations, ToLongFunction<T> bytes, long maxBytes) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>();
        long size = 0;
        for (T op : operations) {
            long b = bytes.applyAsLong(op);
            if (!chunk.isEmpty() && size + b > maxBytes) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(op);
            size += b;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * The delay before a parked document is tried again: {@code first}, doubling with every failed attempt, at most
     * {@code max}.
     */
    static java.time.Duration retryDelay(int attempts, java.time.Duration first, java.time.Duration max) {
        java.time.Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
