package org.palabre.search.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;

/**
 * Values worked out lately, for work that a forum's searches repeat (the same words, the same posts shown), shared
 * by every request thread. Its size is bounded by the weight of what it holds: when full it forgets everything
 * and starts again, which costs one recomputation per value and needs no bookkeeping per read. Only for values
 * that depend on their key alone, so that a value remembered is never stale.
 */
final class RecentValues<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long capacity;
    private final ToLongBiFunction<K, V> weigher;

    RecentValues(long capacity, ToLongBiFunction<K, V> weigher) {
        this.capacity = capacity;
        this.weigher = weigher;
    }

    V get(K key, Function<K, V> work) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        value = work.apply(key);
        // Two threads may add the same key, or add just as another one clears: the weight is then a little off,
        // which only moves the next restart a little.
        long added = weigher.applyAsLong(key, value);
        if (weight.addAndGet(added) > capacity) {
            known.clear();
            weight.set(added);
        }
        known.put(key, value);
        return value;
    }
}
